/**
 * The size budgets of the site, in bytes after gzip: the one place they are
 * written (README "Budgets" states them; tests/dist/budgets.test.ts checks
 * every built page against them).
 */
export const budgets = {
	/** JavaScript an entry's page loads before interaction (its scripts and their static imports). */
	scriptGzip: 5_000,
	/** CSS a page loads. */
	styleGzip: 10_000,
	/** The HTML of an entry's page (concept, case, lesson, recommendation) that draws no diagram. */
	contentHtmlGzip: 20_000,
} as const;
