/**
 * The size budgets of the site, in bytes after gzip: the one place they are
 * written (README "Budgets" states them; tests/dist/budgets.test.ts checks
 * every built page against them). Set a little above what the pages weigh
 * now (December 2026, largest of the three editions, text-dependent ones
 * per English-length text: script 2,000 bytes, CSS 7,001, HTML 14,597, first
 * visit 29,651; quick find's outlines 31,985, the search worker 9,500 since
 * its spelling suggestions keep French elisions, the offline worker 6,291),
 * so that weight cannot creep back unnoticed.
 */
import type { Language } from '../../src/i18n/languages.ts';

export const budgets = {
	/** JavaScript an entry's page loads before interaction (its scripts and their static imports). */
	scriptGzip: 2_050,
	/** CSS a page loads. */
	styleGzip: 7_100,
	/** The HTML of an entry's page (concept, case, lesson, recommendation) that draws no diagram. */
	contentHtmlGzip: 14_700,
	/** All an entry's page loads before interaction (HTML, CSS, JavaScript), diagrams and all. */
	entryFirstVisitGzip: 29_750,
	/**
	 * What a first search loads before its first results, whether from the header dialog or the
	 * search page: the outlines quick find searches (`quick-find.json`, grows with the edition's text),
	 */
	quickFindGzip: 32_500,
	/** and the search worker's script with its static imports (MiniSearch; Pagefind's own code loads only when needed). */
	searchWorkerGzip: 9_600,
	/**
	 * The offline worker, which every first visit downloads in the background once the page has loaded. The list
	 * of the saved copy's files stays out of it (`offline-copy.json`, read only when a reader saves the site).
	 */
	offlineWorkerGzip: 6_500,
} as const;

/**
 * How much longer each edition writes the same text, for the budgets that
 * grow with a page's words (its HTML and so its first visit); code and
 * styles weigh the same in every language. Measured on the entry pages in
 * December 2026: French HTML is 1.12 times the English (median), 1.16 at
 * most; Spanish 1.09, 1.12 at most.
 */
export const textScale = { en: 1, fr: 1.16, es: 1.12 } as const satisfies Record<Language, number>;
