/**
 * The cluster map is generated from the `clusters` collection: a cluster
 * added to the content appears on /map/clusters/ as a marker and a table row,
 * and a cluster without coordinates stops the build, naming its file and the
 * field. The Table 1 grid on /taxonomy/ links its four cells to their sections.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterEach, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';

let site: FixtureSite | undefined;
afterEach(() => {
	site?.remove();
	site = undefined;
});

const newCluster = [
	'name: Fixture Valley pottery',
	'country: Chile',
	'place: Fixture Valley',
	'sector: Pottery',
	'coordinates: { lat: -33.45, lon: -70.66 }',
	'description: A fixture cluster added by the test.',
	'sections: [theory]',
	'',
].join('\n');

const elements = (html: string | Element, test: (e: Element) => boolean): Element[] => {
	const found: Element[] = [];
	visit(typeof html === 'string' ? fromHtml(html) : html, 'element', (node) => {
		if (test(node)) found.push(node);
	});
	return found;
};
const hasClass = (e: Element, name: string) => Array.isArray(e.properties.className) && e.properties.className.includes(name);

describe('the cluster map', () => {
	it('shows an added cluster as a marker in every drawing and as a row of the table; Table 1 cells link to their sections', () => {
		site = createFixtureSite();
		site.write('content/clusters/fixture-valley.yaml', newCluster);
		const { code, output } = site.build();
		expect(code, output).toBe(0);
		const page = site.read('dist/map/clusters/index.html');

		const svgs = elements(page, (e) => e.tagName === 'svg' && hasClass(e, 'cluster-map-svg'));
		// The world drawing, and one narrow drawing on each side of the Atlantic (Sialkot east, the fixture west).
		expect(svgs).toHaveLength(3);
		const markers = elements(page, (e) => e.tagName === 'a' && hasClass(e, 'map-marker'));
		const hrefs = markers.map((a) => a.properties.href);
		expect(hrefs.filter((h) => h === '/map/clusters/#cluster-fixture-valley')).toHaveLength(2);
		expect(hrefs.filter((h) => h === '/cases/sialkot/')).toHaveLength(2);
		expect(markers.find((a) => a.properties.href === '/map/clusters/#cluster-fixture-valley')?.properties.ariaLabel).toBe(
			'1. Fixture Valley pottery (Fixture Valley, Chile): details in the table',
		);

		const [row] = elements(page, (e) => e.tagName === 'tr' && e.properties.id === 'cluster-fixture-valley');
		expect(row).toBeDefined();
		const cells = elements(row, (e) => e.tagName === 'td' || e.tagName === 'th').map((c) => toString(c).replace(/\s+/g, ' ').trim());
		expect(cells.slice(0, 6)).toEqual(['1', 'Fixture Valley pottery', 'Fixture Valley', 'Chile', 'Pottery', 'Not placed']);
		expect(cells[6]).toMatch(/^In the paper: /);
		expect(page).toContain('href="/paper/#theory"');

		const taxonomy = site.read('dist/taxonomy/index.html');
		const cellLinks = elements(taxonomy, (e) => e.tagName === 'a' && hasClass(e, 'matrix-cell')).map((a) => a.properties.href);
		expect(cellLinks).toEqual(['#traditional-diversified', '#traditional-subcontractor', '#high-tech-diversified', '#high-tech-subcontractor']);
		for (const href of cellLinks) expect(elements(taxonomy, (e) => e.tagName === 'h2' && `#${e.properties.id}` === href)).toHaveLength(1);
	});

	it('fails the build, naming the file and the field, when a cluster has no coordinates', () => {
		site = createFixtureSite();
		site.write('content/clusters/fixture-valley.yaml', newCluster.replace(/^coordinates: .*\n/m, ''));
		const { code, output } = site.build();
		expect(code, output).not.toBe(0);
		expect(output).toContain('content/clusters/fixture-valley.yaml');
		expect(output).toMatch(/coordinates\W+coordinates: Required/);
	});
});

