/**
 * The size budgets of the site, in bytes after gzip: the one place they are
 * written (README "Budgets" states them; tests/dist/budgets.test.ts checks
 * every built page against them). Set a little above what the pages weigh
 * now (December 2026: script 2.8 KB, CSS 8.2 KB, HTML 14.8 KB, first visit
 * 31.3 KB at most), so that weight cannot creep back unnoticed.
 */
export const budgets = {
	/** JavaScript an entry's page loads before interaction (its scripts and their static imports). */
	scriptGzip: 3_000,
	/** CSS a page loads. */
	styleGzip: 8_500,
	/** The HTML of an entry's page (concept, case, lesson, recommendation) that draws no diagram. */
	contentHtmlGzip: 15_000,
	/** All an entry's page loads before interaction (HTML, CSS, JavaScript), diagrams and all. */
	entryFirstVisitGzip: 32_000,
} as const;
