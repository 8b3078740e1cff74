import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import {
	barChartHtml,
	chartMetrics,
	chartScale,
	layoutBarChart,
	wrapText,
	type BarChartInput,
} from '../../src/lib/drawing/bar-chart';
import { numbersInText, valueMatchesText } from '../../src/schemas/chart-values';
import { chartSchema } from '../../src/schemas/chart';

const exports: BarChartInput = {
	idPrefix: 'chart-exports',
	unit: 'US$ million',
	labelledBy: 'exports-title',
	describedBy: 'exports-summary',
	series: [],
	groups: [
		{
			bars: [
				{ label: 'Pre-crisis level', value: 109, text: '109 million' },
				{ label: '1996', value: 125, text: '125 million' },
			],
		},
	],
};

const enrolment: BarChartInput = {
	idPrefix: 'chart-enrolment',
	unit: 'per cent',
	labelledBy: 'enrolment-title',
	series: [
		{ id: 'male', label: 'Male' },
		{ id: 'female', label: 'Female' },
		{ id: 'both', label: 'Both sexes' },
	],
	groups: [
		{
			label: 'Primary',
			bars: [
				{ label: 'India, male', value: 90, text: '90 per cent', series: 'male' },
				{ label: 'India, female', value: 85, text: '85 per cent', series: 'female' },
				{ label: 'Kenya, both sexes', value: 66, text: '66 per cent', series: 'both' },
			],
		},
		{
			label: 'Tertiary',
			bars: [
				{ label: 'India, male', value: 14, text: '14 per cent', series: 'male' },
				{ label: 'India, female', value: 10, text: '10 per cent', series: 'female' },
			],
		},
	],
};

const svgOf = (input: BarChartInput) => fromHtml(barChartHtml(input), { fragment: true, space: 'svg' });

describe('the bar chart scale', () => {
	it('starts at zero, whatever the smallest value', () => {
		for (const max of [0.8, 73.6, 125, 5_000_000]) {
			const { scale, ticks } = chartScale(max, 200);
			expect(scale.domain()[0]).toBe(0);
			expect(scale(0)).toBe(0);
			expect(ticks[0]).toBe(0);
			expect(scale.domain()[1]).toBeGreaterThanOrEqual(max);
		}
		const layout = layoutBarChart({
			series: [],
			groups: [
				{
					bars: [
						{ label: 'a', value: 800_000, text: '800,000' },
						{ label: 'b', value: 5_000_000, text: 'over 5,000,000' },
					],
				},
			],
		});
		expect(layout.domain[0]).toBe(0);
		expect(layout.ticks[0]).toMatchObject({ value: 0, x: layout.x0 });
	});

	it('keeps only as many ticks as fit their labels side by side', () => {
		const { scale, ticks, format } = chartScale(5_000_000, 200);
		const spacing = scale(ticks[1]) - scale(ticks[0]);
		const widest = Math.max(...ticks.map((t) => format(t).length * chartMetrics.font.tick * chartMetrics.charEm));
		expect(spacing).toBeGreaterThanOrEqual(widest);
	});
});

describe('the bar chart layout', () => {
	it('draws bar lengths proportional to the values', () => {
		const [pre, after] = layoutBarChart(exports).groups[0].bars;
		expect(after.width / pre.width).toBeCloseTo(125 / 109, 2);
		const wide = layoutBarChart({
			series: [],
			groups: [
				{
					bars: [
						{ label: 'a', value: 800_000, text: '800,000' },
						{ label: 'b', value: 5_000_000, text: 'over 5,000,000' },
					],
				},
			],
		});
		const [small, large] = wide.groups[0].bars;
		expect(large.width / small.width).toBeCloseTo(5_000_000 / 800_000, 1);
		// Every bar starts at zero.
		for (const bar of [pre, after, small, large]) expect(bar.x).toBe(wide.x0);
	});

	it('keeps every bar and its figure inside the drawing, which is no wider than a phone column', () => {
		for (const input of [exports, enrolment]) {
			const layout = layoutBarChart(input);
			expect(layout.width).toBeLessThanOrEqual(358);
			for (const bar of layout.groups.flatMap((g) => g.bars)) {
				expect(bar.x + bar.width).toBeLessThan(bar.textX);
				expect(bar.textX + bar.text.length * chartMetrics.font.value * chartMetrics.charEm).toBeLessThanOrEqual(
					layout.width,
				);
				expect(bar.labelLines[0].y).toBeLessThan(bar.y);
			}
		}
	});

	it('groups bars: each group in order, below its label, each bar with its series', () => {
		const layout = layoutBarChart(enrolment);
		expect(layout.groups.map((g) => g.labelLines.map((l) => l.text).join(' '))).toEqual(['Primary', 'Tertiary']);
		const ys = layout.groups.flatMap((g) => g.bars.map((b) => b.y));
		expect(ys).toEqual([...ys].sort((a, b) => a - b));
		expect(layout.groups[1].labelLines[0].y).toBeGreaterThan(layout.groups[0].bars.at(-1)!.y);
		expect(layout.groups[0].bars.map((b) => b.seriesIndex)).toEqual([0, 1, 2]);
		expect(layout.legend.map((l) => l.label)).toEqual(['Male', 'Female', 'Both sexes']);
	});

	it('never sets text below 12 px and wraps long labels between words', () => {
		expect(Math.min(...Object.values(chartMetrics.font))).toBeGreaterThanOrEqual(12);
		const lines = wrapText('Secondary school gross enrolment rate, both sexes, in the year the paper gives', 13, 320);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(line.length * 13 * chartMetrics.charEm).toBeLessThanOrEqual(320);
		expect(lines.join(' ')).toBe('Secondary school gross enrolment rate, both sexes, in the year the paper gives');
	});
});

describe('the bar chart SVG', () => {
	it('is an image named and described by the page', () => {
		const [svg] = selectAll('svg', svgOf(exports));
		expect(svg.properties).toMatchObject({
			role: 'img',
			ariaLabelledBy: ['exports-title'],
			ariaDescribedBy: ['exports-summary'],
		});
		expect(svg.properties.viewBox).toMatch(/^0 0 328 \d/);
	});

	it('writes every label and figure as text', () => {
		const text = selectAll('text', svgOf(enrolment)).map((t) => toString(t));
		for (const word of [
			'Primary',
			'Tertiary',
			'India, male',
			'Kenya, both sexes',
			'90 per cent',
			'10 per cent',
			'Male',
			'Both sexes',
			'per cent',
		])
			expect(text).toContain(word);
	});

	it('tells series apart by pattern, not by colour alone', () => {
		const tree = svgOf(enrolment);
		const fills = selectAll('rect.chart-bar', tree).map((r) => String(r.properties.fill));
		// Three legend swatches, then five bars: solid, hatched, dotted, solid, hatched.
		expect(fills.slice(3)).toEqual([
			'currentColor',
			'url(#chart-enrolment-pattern-1)',
			'url(#chart-enrolment-pattern-2)',
			'currentColor',
			'url(#chart-enrolment-pattern-1)',
		]);
		expect(selectAll('pattern', tree).map((p) => p.properties.id)).toEqual([
			'chart-enrolment-pattern-1',
			'chart-enrolment-pattern-2',
		]);
	});

	it('uses no inline style and no hard-coded colour', () => {
		const html = barChartHtml(enrolment);
		expect(html).not.toContain('style=');
		expect(html).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
	});

	it('is the same string when drawn twice', () => {
		expect(barChartHtml(enrolment)).toBe(barChartHtml(structuredClone(enrolment)));
		expect(barChartHtml(exports)).toBe(barChartHtml(exports));
		expect(barChartHtml(exports)).not.toMatch(/\d\.\d{2,}/);
	});
});

describe('a value and the text it is drawn from', () => {
	it('reads the numbers a text writes', () => {
		expect(numbersInText('over 5,000,000')).toEqual([5_000_000]);
		expect(numbersInText('from 800,000 to over 5,000,000')).toEqual([800_000, 5_000_000]);
		expect(numbersInText('33.6 per cent')).toEqual([33.6]);
		expect(numbersInText('109 million')).toEqual([109]);
	});
	it('agree only when the value is one of those numbers', () => {
		expect(valueMatchesText(109, '109 million')).toBe(true);
		expect(valueMatchesText(5_000_000, 'over 5,000,000')).toBe(true);
		expect(valueMatchesText(0.8, '0.8 per cent')).toBe(true);
		expect(valueMatchesText(110, '109 million')).toBe(false);
		expect(valueMatchesText(109_000_000, '109 million')).toBe(false);
		expect(valueMatchesText(5, 'over 5,000,000')).toBe(false);
		expect(valueMatchesText(33, '33.6 per cent')).toBe(false);
	});
});

const chart = {
	title: 'Exports before and after the ban',
	summary: 'Exports were above the pre-crisis level by 1996.',
	unit: 'US$ million',
	order: 1,
	cases: ['sialkot'],
	sections: ['sialkot'],
	source: { note: 'The paper names no source for these figures.' },
	groups: [{ bars: [{ label: 'Pre-crisis level', value: 109, text: '109 million' }] }],
};

describe('the chart schema', () => {
	it('accepts a chart whose values agree with their texts', () => {
		expect(chartSchema.safeParse(chart).success).toBe(true);
	});
	it('rejects a value that disagrees with its text, naming the bar', () => {
		const result = chartSchema.safeParse({
			...chart,
			groups: [{ bars: [{ label: 'Pre-crisis level', value: 190, text: '109 million' }] }],
		});
		expect(result.success).toBe(false);
		const issue = result.error!.issues[0];
		expect(issue.path).toEqual(['groups', 0, 'bars', 0, 'value']);
		expect(issue.message).toBe('bar "Pre-crisis level": value 190 is not a number written in its text "109 million"');
	});
	it('rejects an unknown series, a bar without one in a grouped chart, and unlabelled groups among several', () => {
		const grouped = { ...chart, series: [{ id: 'male', label: 'Male' }] };
		const bar = { label: 'India', value: 90, text: '90 per cent' };
		const messages = (data: unknown) => chartSchema.safeParse(data).error?.issues.map((i) => i.message) ?? [];
		expect(messages({ ...grouped, groups: [{ bars: [{ ...bar, series: 'female' }] }] })).toEqual([
			'bar "India": unknown series "female" (the chart has male)',
		]);
		expect(messages({ ...grouped, groups: [{ bars: [bar] }] })).toEqual(['bar "India": name its series (male)']);
		expect(messages({ ...chart, groups: [{ bars: [bar] }, { bars: [bar] }] })).toEqual([
			'a chart of several groups labels each group',
			'a chart of several groups labels each group',
		]);
	});
	it('refuses more series than there are fill patterns', () => {
		const series = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id.toUpperCase() }));
		const bars = series.map((s) => ({ label: s.label, series: s.id, value: 1, text: '1' }));
		const messages =
			chartSchema.safeParse({ ...chart, series, groups: [{ bars }] }).error?.issues.map((i) => i.message) ?? [];
		expect(messages).toContain('a chart can tell at most 4 series apart (one fill pattern each)');
		expect(
			chartSchema.safeParse({ ...chart, series: series.slice(0, 4), groups: [{ bars: bars.slice(0, 4) }] }).success,
		).toBe(true);
	});
	it('requires a source or a word on its absence', () => {
		const result = chartSchema.safeParse({ ...chart, source: {} });
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['source']);
		expect(chartSchema.safeParse({ ...chart, source: {}, citedWorks: ['stremlau-1996'] }).success).toBe(true);
	});
});
