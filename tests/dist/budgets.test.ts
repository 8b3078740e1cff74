/** Gate: the size budgets of scripts/lib/budgets.ts hold for every built page. */
import { describe, expect, it } from 'vitest';
import { budgets } from '../../scripts/lib/budgets';
import { pageWeight, type PageWeight } from '../../scripts/lib/page-weight';
import { builtPages, distDir } from '../helpers/dist';

const weights: (PageWeight & { path: string })[] = [];
for (const page of builtPages()) weights.push({ path: page.path, ...(await pageWeight(distDir, page.file, page.path)) });
const over = (pick: (w: PageWeight) => number, limit: number, pages = weights) =>
	pages.filter((w) => pick(w) > limit).map((w) => `${w.path}: ${pick(w)} bytes gzip > ${limit}`);

describe('size budgets (gzip)', () => {
	it(`JavaScript loaded before interaction: at most ${budgets.scriptGzip} bytes on an entry's page`, () => {
		const entries = weights.filter((w) => w.isEntry);
		expect(entries.every((w) => w.js.raw > 0)).toBe(true);
		expect(over((w) => w.js.gzip, budgets.scriptGzip, entries)).toEqual([]);
	});

	it(`CSS: at most ${budgets.styleGzip} bytes on every page`, () => {
		expect(weights.every((w) => w.css.raw > 0)).toBe(true);
		expect(over((w) => w.css.gzip, budgets.styleGzip)).toEqual([]);
	});

	it(`HTML of an entry's page without diagrams: at most ${budgets.contentHtmlGzip} bytes`, () => {
		const content = weights.filter((w) => w.isEntry && !w.hasDiagram);
		expect(content.length).toBeGreaterThan(50);
		expect(over((w) => w.html.gzip, budgets.contentHtmlGzip, content)).toEqual([]);
	});

	it(`first visit of an entry's page (HTML, CSS and JavaScript): at most ${budgets.entryFirstVisitGzip} bytes`, () => {
		const entries = weights.filter((w) => w.isEntry);
		expect(over((w) => w.html.gzip + w.css.gzip + w.js.gzip, budgets.entryFirstVisitGzip, entries)).toEqual([]);
	});
});
