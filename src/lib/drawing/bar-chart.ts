/**
 * Horizontal bar charts as SVG, drawn at build time. Horizontal bars suit a
 * phone: each bar's label sits above it, its figure at its end, and the
 * drawing is no wider than the phone's column, so it is never scaled down
 * and its text keeps the sizes set here (12 px and more). The axis starts
 * at zero, so bar lengths are proportional to the values. Series (male,
 * female) differ by fill pattern and by the words of each label, not by
 * colour alone; colours come from CSS classes (`src/styles/charts.css`), and
 * every shape falls back to `currentColor`, so a page without that
 * stylesheet (a printed handout) still draws a legible chart in ink.
 *
 * Pure and deterministic: no measuring, no randomness, coordinates rounded
 * to 0.1, so two builds write the same bytes. Words come from the caller.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import { maxChartSeries } from '../../schemas/chart-values';
import { charsThatFit, round1, textWidth as estimatedWidth, wrapLabel } from './svg-geometry';

export interface BarInput {
	label: string;
	value: number;
	/** The figure as shown at the bar's end (the paper's words). */
	text: string;
	series?: string;
}
export interface BarGroupInput {
	label?: string;
	bars: readonly BarInput[];
}
export interface BarChartInput {
	/** Prefix of the ids inside the drawing (its fill patterns), unique on the page. */
	idPrefix: string;
	/** What the values count, written under the axis. */
	unit: string;
	series: readonly { id: string; label: string }[];
	groups: readonly BarGroupInput[];
	/** Id of the element that names the picture (`aria-labelledby`). */
	labelledBy: string;
	/** Id of the element that describes it (`aria-describedby`). */
	describedBy?: string;
}

/** The drawing's fixed measures, in SVG units (= CSS px at scale 1). */
export const chartMetrics = {
	/** No wider than a 390 px phone's text column (358 px), so the drawing is never scaled down. */
	width: 328,
	padding: 4,
	/** Font sizes: the smallest is 12, the site's minimum for text in pictures. */
	font: { label: 13, value: 13, group: 14, tick: 12, unit: 12, legend: 13 },
	/** An upper bound of the width of one character, in em, for laying out text without measuring it. */
	charEm: 0.62,
	barHeight: 16,
	lineHeight: 16,
	/** Series patterns available (the schema refuses a chart with more). */
	maxSeries: maxChartSeries,
} as const;

const textWidth = (text: string, size: number) => estimatedWidth(text, size, chartMetrics.charEm);

/** Splits a label into lines that fit `width` at `size`, breaking between words. */
export const wrapText = (text: string, size: number, width: number): string[] =>
	wrapLabel(text, charsThatFit(width, size, chartMetrics.charEm));

export interface PlacedBar extends BarInput {
	/** Index of the series' pattern (0 when the chart has no series). */
	seriesIndex: number;
	labelLines: { text: string; y: number }[];
	x: number;
	y: number;
	width: number;
	height: number;
	/** Baseline of the figure at the bar's end. */
	textX: number;
	textY: number;
}
export interface BarChartLayout {
	width: number;
	height: number;
	/** Where zero is. */
	x0: number;
	/** The scale's domain: always starts at 0. */
	domain: [number, number];
	ticks: { value: number; label: string; x: number }[];
	/** Where the scale ends (the axis line's right end). */
	plotRight: number;
	/** The axis line, under the last bar; the unit under its tick labels. */
	axisY: number;
	unitY: number;
	legend: { label: string; seriesIndex: number; x: number; y: number }[];
	groups: { labelLines: { text: string; y: number }[]; bars: PlacedBar[] }[];
}

/**
 * The zero-based scale with as many ticks as fit their labels side by side
 * (d3's "nice" steps: 0, 50, 100, 150).
 */
export function chartScale(
	max: number,
	plotWidth: number,
): { scale: ScaleLinear<number, number>; ticks: number[]; format: (n: number) => string } {
	const top = max > 0 ? max : 1;
	const fits = (ticks: number[], format: (n: number) => string, step = 1) => {
		const widest = Math.max(...ticks.map((t) => textWidth(format(t), chartMetrics.font.tick)));
		return (plotWidth / Math.max(1, ticks.length - 1)) * step >= widest + 8;
	};
	for (const count of [5, 4, 3]) {
		const scale = scaleLinear().domain([0, top]).range([0, plotWidth]).nice(count);
		const ticks = scale.ticks(count);
		const format = scale.tickFormat(count);
		if (fits(ticks, format)) return { scale, ticks, format };
	}
	// Long labels (millions): keep every second, third... tick of the coarsest scale until they fit.
	const scale = scaleLinear().domain([0, top]).range([0, plotWidth]).nice(2);
	const all = scale.ticks(2);
	const format = scale.tickFormat(2);
	let step = 1;
	while (step < all.length - 1 && !fits(all, format, step)) step++;
	return { scale, ticks: all.filter((_, i) => i % step === 0), format };
}

/** Places every part of the chart; `barChartSvg` only draws what this returns. */
export function layoutBarChart(input: Pick<BarChartInput, 'series' | 'groups'>): BarChartLayout {
	const { width, padding, font, barHeight, lineHeight } = chartMetrics;
	if (input.series.length > chartMetrics.maxSeries)
		throw new Error(`a chart can tell at most ${chartMetrics.maxSeries} series apart`);
	const seriesIndex = new Map(input.series.map((s, i) => [s.id, i]));
	const bars = input.groups.flatMap((g) => g.bars);
	const inner = width - 2 * padding;

	// Room at the right for the longest figure, and at the left for half the "0" under the axis.
	const reserve = Math.max(...bars.map((b) => textWidth(b.text, font.value))) + 6;
	const x0 = padding + textWidth('0', font.tick) / 2;
	const plotWidth = width - padding - reserve - x0;
	if (plotWidth < 80)
		throw new Error(
			`the figures are too long to leave room for the bars (longest: "${bars.find((b) => textWidth(b.text, font.value) + 6 === reserve)?.text}")`,
		);
	const max = Math.max(...bars.map((b) => b.value));
	const { scale, ticks, format } = chartScale(max, plotWidth);

	let y = padding;
	// The legend: one swatch and name per series, flowing in rows.
	const legend: BarChartLayout['legend'] = [];
	if (input.series.length > 0) {
		let x = padding;
		y += 2;
		for (const [i, s] of input.series.entries()) {
			const w = 14 + 6 + textWidth(s.label, font.legend) + 14;
			if (x > padding && x + w > width - padding) {
				x = padding;
				y += 22;
			}
			legend.push({ label: s.label, seriesIndex: i, x: round1(x), y: round1(y) });
			x += w;
		}
		y += 22 + 6;
	}

	const groups: BarChartLayout['groups'] = input.groups.map((group) => {
		const labelLines = group.label
			? wrapText(group.label, font.group, inner).map((text) => {
					y += lineHeight + 2;
					return { text, y: round1(y - 4) };
				})
			: [];
		if (group.label) y += 2;
		const placed = group.bars.map((bar): PlacedBar => {
			const lines = wrapText(bar.label, font.label, inner).map((text) => {
				y += lineHeight;
				return { text, y: round1(y - 3) };
			});
			y += 2;
			const length = scale(bar.value);
			const placedBar: PlacedBar = {
				...bar,
				seriesIndex: bar.series ? (seriesIndex.get(bar.series) ?? 0) : 0,
				labelLines: lines,
				x: round1(x0),
				y: round1(y),
				width: round1(length),
				height: barHeight,
				textX: round1(x0 + length + 6),
				textY: round1(y + barHeight - 3.5),
			};
			y += barHeight + 10;
			return placedBar;
		});
		y += 6;
		return { labelLines, bars: placed };
	});

	// The axis sits just under the last bar, not a group gap below it.
	const axisY = y - 10;
	const tickList = ticks.map((value) => ({ value, label: format(value), x: round1(x0 + scale(value)) }));
	const unitY = axisY + 17 + 17;
	return {
		width,
		height: round1(unitY + 8),
		x0: round1(x0),
		domain: scale.domain() as [number, number],
		ticks: tickList,
		plotRight: round1(x0 + plotWidth),
		axisY: round1(axisY),
		unitY: round1(unitY),
		legend,
		groups,
	};
}

/** The fill of a series: solid for the first, then hatching, dots, cross-hatching. */
function patternOf(prefix: string, index: number): Element | undefined {
	const id = `${prefix}-pattern-${index}`;
	const common = { id, className: ['chart-pattern', `chart-series-${index}`], patternUnits: 'userSpaceOnUse' };
	switch (index) {
		case 1:
			return s('pattern', { ...common, width: 6, height: 6, patternTransform: 'rotate(45)' }, [
				s('line', { x1: 1.5, y1: 0, x2: 1.5, y2: 6, stroke: 'currentColor', strokeWidth: 3 }),
			]);
		case 2:
			return s('pattern', { ...common, width: 5, height: 5 }, [
				s('circle', { cx: 2.5, cy: 2.5, r: 1.5, fill: 'currentColor' }),
			]);
		case 3:
			return s('pattern', { ...common, width: 6, height: 6 }, [
				s('path', { d: 'M0 3H6M3 0V6', stroke: 'currentColor', strokeWidth: 1.5 }),
			]);
		default:
			return undefined;
	}
}

const fillOf = (prefix: string, index: number) => (index === 0 ? 'currentColor' : `url(#${prefix}-pattern-${index})`);

/** A bar or a legend swatch: the series' fill, outlined in its colour so its extent shows whatever the pattern. */
const swatch = (prefix: string, index: number, box: { x: number; y: number; width: number; height: number }) =>
	s('rect', {
		...box,
		className: ['chart-bar', `chart-series-${index}`],
		fill: fillOf(prefix, index),
		stroke: 'currentColor',
		strokeWidth: 1.5,
	});

/** The chart as a hast `<svg>` element. */
export function barChartSvg(input: BarChartInput): Element {
	const layout = layoutBarChart(input);
	const { font } = chartMetrics;
	const usedSeries = [...new Set(layout.groups.flatMap((g) => g.bars.map((b) => b.seriesIndex)))].sort((a, b) => a - b);
	const patterns = usedSeries.map((i) => patternOf(input.idPrefix, i)).filter((p): p is Element => p !== undefined);
	const children: ElementContent[] = [];
	if (patterns.length > 0) children.push(s('defs', patterns));

	for (const item of layout.legend) {
		children.push(
			s('g', { className: ['chart-legend-item'] }, [
				swatch(input.idPrefix, item.seriesIndex, { x: item.x + 1, y: item.y + 1, width: 14, height: 14 }),
				s('text', { x: round1(item.x + 20), y: round1(item.y + 12.5), fontSize: font.legend }, item.label),
			]),
		);
	}

	// Grid lines behind each bar, one per tick, kept to the bar's band so that no line crosses a label.
	const bands = layout.groups.flatMap((g) =>
		g.bars.map((b) => ({ top: round1(b.y - 3), bottom: round1(b.y + b.height + 3) })),
	);
	children.push(
		s(
			'g',
			{ className: ['chart-grid'], stroke: 'currentColor', strokeOpacity: 0.3 },
			layout.ticks
				.filter((t) => t.value !== 0)
				.flatMap((t) => bands.map((band) => s('line', { x1: t.x, y1: band.top, x2: t.x, y2: band.bottom }))),
		),
	);

	for (const group of layout.groups) {
		for (const line of group.labelLines)
			children.push(
				s(
					'text',
					{
						className: ['chart-group-label'],
						x: chartMetrics.padding,
						y: line.y,
						fontSize: font.group,
						fontWeight: 700,
					},
					line.text,
				),
			);
		for (const bar of group.bars) {
			for (const line of bar.labelLines)
				children.push(
					s(
						'text',
						{ className: ['chart-bar-label'], x: chartMetrics.padding, y: line.y, fontSize: font.label },
						line.text,
					),
				);
			children.push(
				swatch(input.idPrefix, bar.seriesIndex, { x: bar.x, y: bar.y, width: bar.width, height: bar.height }),
			);
			children.push(
				s('text', { className: ['chart-value'], x: bar.textX, y: bar.textY, fontSize: font.value }, bar.text),
			);
		}
	}

	// The zero line beside each bar, and the axis with its tick marks under the last one.
	children.push(
		s(
			'g',
			{ className: ['chart-axis'], stroke: 'currentColor', strokeWidth: 1.5 },
			bands.map((band) => s('line', { x1: layout.x0, y1: band.top, x2: layout.x0, y2: band.bottom })),
		),
		s('g', { className: ['chart-axis'], stroke: 'currentColor' }, [
			s('line', { x1: layout.x0, y1: layout.axisY, x2: layout.plotRight, y2: layout.axisY }),
			...layout.ticks.map((t) => s('line', { x1: t.x, y1: layout.axisY, x2: t.x, y2: round1(layout.axisY + 4) })),
		]),
		s(
			'g',
			{ className: ['chart-ticks'], textAnchor: 'middle', fontSize: font.tick },
			layout.ticks.map((t) => s('text', { x: t.x, y: round1(layout.axisY + 17) }, t.label)),
		),
		s('text', { className: ['chart-unit'], x: layout.x0, y: layout.unitY, fontSize: font.unit }, input.unit),
	);

	return s(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			className: ['chart-svg'],
			viewBox: `0 0 ${layout.width} ${layout.height}`,
			width: layout.width,
			height: layout.height,
			role: 'img',
			ariaLabelledBy: input.labelledBy,
			...(input.describedBy ? { ariaDescribedBy: input.describedBy } : {}),
		},
		children,
	);
}

/** The chart as SVG markup, for `<Fragment set:html>`. */
export function barChartHtml(input: BarChartInput): string {
	return toHtml(barChartSvg(input), { space: 'svg' });
}
