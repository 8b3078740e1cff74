/**
 * The cluster map is generated from the `clusters` collection: a cluster
 * added to the content appears on /map/clusters/ as a marker and a table row,
 * and the Table 1 grid on /taxonomy/ links its four cells to their sections.
 * (A cluster without coordinates fails the build the way any entry against
 * its schema does, shown once in bad-input.test.ts; the schema's message is
 * unit-tested in content-errors.test.ts.)
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { removeFixtureSites, successfulFixtureBuild } from '../helpers/fixture-site';

afterEach(removeFixtureSites);

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

const clusterFile = 'content/clusters/fixture-valley.yaml';

describe('the cluster map', () => {
	it('shows an added cluster as a marker in every drawing and as a row of the table; Table 1 cells link to their sections', () => {
		const { site } = successfulFixtureBuild({ [clusterFile]: newCluster });
		const page = site.html('dist/map/clusters/index.html');

		const svgs = selectAll('svg.cluster-map-svg', page);
		// The world drawing, and one narrow drawing on each side of the Atlantic (Sialkot east, the fixture west).
		expect(svgs).toHaveLength(3);
		const markers = selectAll('a.map-marker', page);
		const hrefs = markers.map((a) => a.properties.href);
		expect(hrefs.filter((h) => h === '/map/clusters/#cluster-fixture-valley')).toHaveLength(2);
		expect(hrefs.filter((h) => h === '/cases/sialkot/')).toHaveLength(2);
		expect(
			markers.find((a) => a.properties.href === '/map/clusters/#cluster-fixture-valley')?.properties.ariaLabel,
		).toBe('1. Fixture Valley pottery (Fixture Valley, Chile): details in the table');

		const row = select('tr#cluster-fixture-valley', page);
		expect(row).toBeDefined();
		const cells = selectAll('td, th', row!).map((c) => toString(c).replace(/\s+/g, ' ').trim());
		expect(cells.slice(0, 6)).toEqual([
			'1',
			'Fixture Valley pottery',
			'Fixture Valley',
			'Chile',
			'Pottery',
			'Not placed',
		]);
		expect(cells[6]).toMatch(/^In the paper: /);
		expect(site.read('dist/map/clusters/index.html')).toContain('href="/paper/#theory"');

		const taxonomy = site.html('dist/taxonomy/index.html');
		const cellLinks = selectAll('a.matrix-cell', taxonomy).map((a) => a.properties.href);
		expect(cellLinks).toEqual([
			'#traditional-diversified',
			'#traditional-subcontractor',
			'#high-tech-diversified',
			'#high-tech-subcontractor',
		]);
		for (const href of cellLinks) expect(selectAll(`h2${String(href)}`, taxonomy)).toHaveLength(1);
	});
});
