/** Gate: the size budgets of scripts/lib/budgets.ts hold for every built page, in every edition. */
import { describe, expect, it } from 'vitest';
import { budgets, textScale } from '../../scripts/lib/budgets';
import { pageWeight, scriptWeight, type PageWeight } from '../../scripts/lib/page-weight';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { siteFiles } from '../../src/lib/site/urls';
import { builtPages, distDir, editionDir } from '../helpers/dist';
import { join } from 'node:path';
import { htmlFiles, urlPathOf } from '../../src/integration/dist-files';
import { publishedLanguages, sourceLanguage, type Language } from '../../src/i18n/languages';

// Each translated edition is a site of its own under dist/<language>/: its pages are weighed with the English ones.
const editionPages = publishedLanguages
	.filter((language) => language !== sourceLanguage)
	.flatMap((language) =>
		[...htmlFiles(join(distDir, language))].map((file) => ({
			file: join(language, file),
			path: `/${language}${urlPathOf(file)}`,
		})),
	);
const weights: (PageWeight & { path: string })[] = [];
for (const page of [...builtPages(), ...editionPages])
	weights.push({ path: page.path, ...(await pageWeight(distDir, page.file, page.path)) });
/** The edition of a page, by its path (`/fr/...`). */
const languageOf = (path: string): Language =>
	publishedLanguages.find((l) => l !== sourceLanguage && path.startsWith(`/${l}/`)) ?? sourceLanguage;
/** Pages over `limit`; `scaled` budgets grow with the edition's text (see `textScale`). */
const over = (pick: (w: PageWeight) => number, limit: number, pages = weights, scaled = false) =>
	pages
		.map((w) => ({ w, max: Math.round(limit * (scaled ? textScale[languageOf(w.path)] : 1)) }))
		.filter(({ w, max }) => pick(w) > max)
		.map(({ w, max }) => `${w.path}: ${pick(w)} bytes gzip > ${max}`);

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

	it(`HTML of an entry's page without diagrams: at most ${budgets.contentHtmlGzip} bytes (times the edition's text scale)`, () => {
		const content = weights.filter((w) => w.isEntry && !w.hasDiagram);
		expect(content.length).toBeGreaterThan(50);
		expect(over((w) => w.html.gzip, budgets.contentHtmlGzip, content, true)).toEqual([]);
	});

	it(`first search: the outlines at most ${budgets.quickFindGzip} bytes (times the edition's text scale), the search worker at most ${budgets.searchWorkerGzip}`, async () => {
		for (const language of publishedLanguages) {
			const edition = editionDir(language);
			const outlines = gzipSync(readFileSync(join(edition, siteFiles.quickFind)), { level: 9 }).length;
			expect(outlines, language).toBeLessThanOrEqual(Math.round(budgets.quickFindGzip * textScale[language]));
			const workers = readdirSync(join(edition, '_astro')).filter((f) => /^search-worker-[\w-]+\.js$/.test(f));
			expect(workers, language).toHaveLength(1);
			expect((await scriptWeight(edition, `/_astro/${workers[0]}`)).gzip, language).toBeLessThanOrEqual(budgets.searchWorkerGzip);
		}
	});

	it(`the offline worker every first visit downloads: at most ${budgets.offlineWorkerGzip} bytes, without the list of the saved copy's files`, () => {
		for (const language of publishedLanguages) {
			const edition = editionDir(language);
			const worker = readFileSync(join(edition, siteFiles.serviceWorker));
			expect(gzipSync(worker, { level: 9 }).length, language).toBeLessThanOrEqual(budgets.offlineWorkerGzip);
			// The list is a file of its own, which names the pages; the worker names none of them, only the list.
			const list = JSON.parse(readFileSync(join(edition, siteFiles.offlineList), 'utf8')) as { url: string }[];
			const concept = list.find((entry) => entry.url.endsWith('/concepts/joint-action/index.html'));
			expect(concept, language).toBeDefined();
			expect(worker.toString('utf8'), language).not.toContain(concept!.url);
			expect(worker.toString('utf8'), language).toContain(siteFiles.offlineList);
		}
	});

	it(`first visit of an entry's page (HTML, CSS and JavaScript): at most ${budgets.entryFirstVisitGzip} bytes (times the edition's text scale)`, () => {
		const entries = weights.filter((w) => w.isEntry);
		expect(over((w) => w.html.gzip + w.css.gzip + w.js.gzip, budgets.entryFirstVisitGzip, entries, true)).toEqual([]);
	});
});
