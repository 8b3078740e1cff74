/**
 * The size budgets of the site, in bytes after gzip: the one place they are
 * written (README "Budgets" states them; tests/dist/budgets.test.ts checks
 * every built page against them). Set a little above what the pages weigh
 * now (December 2026: script 2.8 KB, CSS 8.2 KB, HTML 14.8 KB, first visit
 * 31.3 KB at most), so that weight cannot creep back unnoticed.
 */
import type { Language } from '../../src/i18n/languages.ts';

export const budgets = {
	/** JavaScript an entry's page loads before interaction (its scripts and their static imports). */
	scriptGzip: 3_000,
	/** CSS a page loads. */
	styleGzip: 8_500,
	/** The HTML of an entry's page (concept, case, lesson, recommendation) that draws no diagram. */
	contentHtmlGzip: 15_000,
	/** All an entry's page loads before interaction (HTML, CSS, JavaScript), diagrams and all. */
	entryFirstVisitGzip: 32_000,
	/**
	 * What a first search loads before its first results, whether from the header dialog or the
	 * search page: the outlines quick find searches (`quick-find.json`, grows with the edition's text),
	 */
	quickFindGzip: 33_000,
	/** and the search worker's script with its static imports (MiniSearch; Pagefind's own code loads only when needed). */
	searchWorkerGzip: 10_000,
} as const;

/**
 * How much longer each edition writes the same text, for the budgets that
 * grow with a page's words (its HTML and so its first visit); code and
 * styles weigh the same in every language. Measured on the entry pages in
 * December 2026: French HTML is 1.12 times the English (median), 1.16 at
 * most; Spanish 1.09, 1.12 at most.
 */
export const textScale = { en: 1, fr: 1.16, es: 1.12 } as const satisfies Record<Language, number>;
