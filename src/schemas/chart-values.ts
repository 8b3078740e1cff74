/**
 * A chart draws a number; the paper writes a figure ("109 million", "over
 * 5,000,000", "33.6 per cent"). The two must agree, so that no bar shows a
 * number the paper does not give: the value has to be one of the numbers
 * written in the text, thousands separators and all. Also the limits the
 * schema checks and the drawing relies on. Pure, for the schema, the
 * drawing and tests.
 */

/** The numbers written in a text, in order: "from 800,000 to over 5,000,000" → [800000, 5000000]. */
export function numbersInText(text: string): number[] {
	// A number: digits, optionally grouped by commas in threes, optionally a decimal part.
	const pattern = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
	return [...text.matchAll(pattern)].map((m) => Number(m[0].replaceAll(',', '')));
}

/** Whether `value` is one of the numbers written in `text`. */
export function valueMatchesText(value: number, text: string): boolean {
	return numbersInText(text).includes(value);
}

/** How many series a chart can tell apart: one fill pattern each (solid, hatching, dots, cross-hatching). */
export const maxChartSeries = 4;
