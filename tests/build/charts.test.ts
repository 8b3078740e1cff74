/**
 * Charts come from the `charts` collection: a chart added to the fixture
 * appears on /charts/ (at its anchor) and on the page of the case it names,
 * drawn and tabled. (A chart naming an unknown case, or drawing a value its
 * text does not give, fails the build the way any entry does, shown once in
 * bad-input.test.ts; the messages are unit-tested in content-errors.test.ts
 * and bar-chart.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { removeFixtureSites, successfulFixtureBuild } from '../helpers/fixture-site';

afterEach(removeFixtureSites);

const enrolment = [
	'title: Fixture enrolment by sex',
	'summary: A fixture chart with two groups and two series, added by the test.',
	'unit: per cent',
	'order: 2',
	'cases: [sialkot]',
	'sections: [sialkot]',
	'source: { url: "http://www.uis.unesco.org", footnote: 52 }',
	'series: [{ id: male, label: Male }, { id: female, label: Female }]',
	'groups:',
	'  - label: Primary',
	'    bars:',
	'      - { label: "India, male", series: male, value: 90, text: 90 per cent, year: 2002 }',
	'      - { label: "India, female", series: female, value: 85, text: 85 per cent, year: 2002 }',
	'  - label: Tertiary',
	'    bars:',
	'      - { label: "Kenya, male", series: male, value: 4, text: 4 per cent }',
	'      - { label: "Kenya, female", series: female, value: 2, text: 2 per cent }',
	'',
].join('\n');

const chartFile = 'content/charts/fixture-enrolment.yaml';
const section = (tree: Root, headingId: string) => select(`section[aria-labelledby="${headingId}"]`, tree) as Element;

describe('charts in the fixture site', () => {
	it('appear on /charts/ at their anchor and on their case page, drawn and tabled', () => {
		const { site, output } = successfulFixtureBuild({ [chartFile]: enrolment });
		expect(output).toContain('links: every internal link and anchor resolves');

		const charts = site.html('dist/charts/index.html');
		const added = section(charts, 'fixture-enrolment');
		expect(added, 'section of the added chart on /charts/').toBeTruthy();
		expect(toString(select('h2', added)!)).toBe('Fixture enrolment by sex');
		const svg = select('svg', added)!;
		expect(svg.properties).toMatchObject({
			role: 'img',
			ariaLabelledBy: ['fixture-enrolment'],
			ariaDescribedBy: ['fixture-enrolment-summary'],
		});
		expect(selectAll('rect.chart-bar', svg)).toHaveLength(2 + 4); // two legend swatches, four bars
		const rows = selectAll('tbody tr', added).map((tr) => selectAll('th, td', tr).map((c) => toString(c)));
		expect(rows).toEqual([
			['Primary'],
			['India, male', '90 per cent', '2002'],
			['India, female', '85 per cent', '2002'],
			['Tertiary'],
			['Kenya, male', '4 per cent', '—'],
			['Kenya, female', '2 per cent', '—'],
		]);
		expect(toString(select('figcaption', added)!)).toContain('http://www.uis.unesco.org (footnote 52).');
		// In the order the charts give, after the fixture's own chart.
		expect(selectAll('section.chart-section h2', charts).map((h) => h.properties.id)).toEqual([
			'fixture-exports',
			'fixture-enrolment',
		]);
		expect(site.read('dist/sitemap-0.xml')).toContain('/charts/</loc>');

		const casePage = site.html('dist/cases/sialkot/index.html');
		const onCase = section(casePage, 'case-charts');
		expect(onCase, 'charts section of the case page').toBeTruthy();
		expect(selectAll('h3', onCase).map((h) => toString(h))).toEqual([
			'Fixture exports before and after',
			'Fixture enrolment by sex',
		]);
		expect(selectAll('svg[role="img"]', onCase)).toHaveLength(2);
		expect(selectAll('table', onCase)).toHaveLength(2);
		// The second series is hatched, through a pattern whose id is unique to the chart on the page.
		expect(selectAll('[fill="url(#fixture-enrolment-drawing-pattern-1)"]', added).length).toBeGreaterThan(0);
	});
});
