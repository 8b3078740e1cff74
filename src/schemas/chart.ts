import { z } from 'astro/zod';
import { entryId, entryIdList } from './ids';
import { maxChartSeries, valueMatchesText } from './chart-values';

/** One bar: a number the paper gives, drawn to scale and quoted as the paper writes it. */
export const chartBarSchema = z
	.object({
		/** What the bar stands for, short enough to sit above it on a phone: "India, male", "Pre-crisis level". */
		label: z.string().min(1).max(48),
		/** The series it belongs to (an id of the chart's `series`), e.g. `male`; it sets the bar's pattern. */
		series: entryId.optional(),
		/** The number drawn, in the chart's unit. It must be one of the numbers written in `text`. */
		value: z.number().nonnegative(),
		/** The figure exactly as the paper writes it: "109 million", "over 5,000,000", "33.6 per cent". */
		text: z.string().min(1).max(40),
		/** The year the paper gives for this figure, if any. */
		year: z.union([z.number().int(), z.string().min(2)]).optional(),
		/** Where the drawing needs a word, e.g. "The paper says 'over'; drawn at 5,000,000." */
		note: z.string().min(5).optional(),
	})
	.strict();

/** Bars read together, e.g. the primary enrolment figures of India and Kenya. */
export const chartGroupSchema = z
	.object({
		/** The group's heading in the drawing and the table; may be omitted when the chart has one group. */
		label: z.string().min(1).max(48).optional(),
		bars: z.array(chartBarSchema).min(1),
	})
	.strict();

/** A series of bars across groups (male, female), told apart by pattern and by label, never by colour alone. */
export const chartSeriesSchema = z
	.object({
		/** The id bars use in `series`. */
		id: entryId,
		/** The name in the legend, e.g. "Male". */
		label: z.string().min(1).max(32),
	})
	.strict();

/**
 * Who the paper credits for the numbers. The paper often names no source
 * for a figure; `note` then says so in words, so that no chart appears to
 * rest on more than the paper gives.
 */
export const chartSourceSchema = z
	.object({
		/** The paper's footnote that gives the figures or credits their source, e.g. 52. */
		footnote: z.number().int().positive().optional(),
		/** A web address the paper credits, as the paper writes it, e.g. "http://www.uis.unesco.org". */
		url: z.url().optional(),
		/** One sentence, in the site's own words, on where the paper says the numbers come from (or that it does not say). */
		note: z.string().min(10).optional(),
	})
	.strict();

/**
 * A chart of numbers the paper gives (`content/charts/<id>.yaml`), drawn at
 * build time as an SVG with a table of the same numbers, at `/charts/#<id>`
 * and on the pages of the cases it names. Only the paper's own numbers,
 * never derived ones: each bar's `value` must appear in its `text`.
 */
export const chartSchema = z
	.object({
		/** The chart's heading, in sentence case; keep the paper's hedges. */
		title: z.string().min(3).max(90),
		/** One sentence on what the numbers show, in the site's own words, with the paper's hedges ("seems", "might"). */
		summary: z
			.string()
			.min(20)
			.max(320)
			.refine((s) => /[.!?]$/.test(s.trim()), { message: 'the summary is one sentence ending with a full stop' }),
		/** What the values count, shown under the axis: "US$ million", "per cent", "people". */
		unit: z.string().min(1).max(40),
		/** Place on `/charts/` (1 first). */
		order: z.number().int().min(1),
		/** Case studies whose pages show the chart (ids in `content/cases/`). */
		cases: entryIdList,
		/** The paper sections that give the numbers (ids in `content/paper-sections/`). At least one. */
		sections: entryIdList.refine((ids) => ids.length > 0, { message: 'name at least one paper section' }),
		/** Works the paper credits for these numbers (ids in `content/sources/`), e.g. Stremlau (1996). */
		citedWorks: entryIdList,
		/** Where the paper says the numbers come from. */
		source: chartSourceSchema,
		/** Something a reader must know to read the chart right, e.g. what the paper does not give. */
		note: z.string().min(10).optional(),
		/** The series of a grouped chart (male, female); empty for a chart of single bars. */
		series: z.array(chartSeriesSchema).default([]),
		groups: z.array(chartGroupSchema).min(1),
	})
	.strict()
	.superRefine((chart, ctx) => {
		const seriesIds = new Set(chart.series.map((s) => s.id));
		if (seriesIds.size !== chart.series.length)
			ctx.addIssue({ code: 'custom', path: ['series'], message: 'the same series id is listed twice' });
		if (chart.series.length > maxChartSeries)
			ctx.addIssue({
				code: 'custom',
				path: ['series'],
				message: `a chart can tell at most ${maxChartSeries} series apart (one fill pattern each)`,
			});
		if (!chart.source.url && !chart.source.note && chart.citedWorks.length === 0)
			ctx.addIssue({
				code: 'custom',
				path: ['source'],
				message:
					'name the source the paper credits (source.url or citedWorks), or say in source.note that it names none',
			});
		chart.groups.forEach((group, g) => {
			if (!group.label && chart.groups.length > 1)
				ctx.addIssue({
					code: 'custom',
					path: ['groups', g, 'label'],
					message: 'a chart of several groups labels each group',
				});
			group.bars.forEach((bar, b) => {
				const path = ['groups', g, 'bars', b];
				if (!valueMatchesText(bar.value, bar.text))
					ctx.addIssue({
						code: 'custom',
						path: [...path, 'value'],
						message: `bar "${bar.label}": value ${bar.value} is not a number written in its text "${bar.text}"`,
					});
				if (chart.series.length > 0 && !bar.series)
					ctx.addIssue({
						code: 'custom',
						path: [...path, 'series'],
						message: `bar "${bar.label}": name its series (${[...seriesIds].join(', ')})`,
					});
				if (bar.series && !seriesIds.has(bar.series))
					ctx.addIssue({
						code: 'custom',
						path: [...path, 'series'],
						message: `bar "${bar.label}": unknown series "${bar.series}"${seriesIds.size ? ` (the chart has ${[...seriesIds].join(', ')})` : ' (the chart lists no series)'}`,
					});
			});
		});
	});
