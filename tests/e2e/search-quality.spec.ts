/**
 * Ranking quality, measured the way readers meet it: each query of the
 * committed query file is typed into the search page of the built site.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const { queries } = JSON.parse(readFileSync(new URL('../search/queries.json', import.meta.url), 'utf8')) as {
	queries: { q: string; expect: string }[];
};

test('the query file is large enough to mean something', () => {
	expect(queries.length).toBeGreaterThanOrEqual(40);
});

/** Checks the ranks of every query; `top3Of` returns the first three result paths of one query. */
async function rateQueries(top3Of: (q: string) => Promise<string[]>, label: string) {
	const misses: string[] = [];
	let top1 = 0;
	let top3 = 0;
	for (const { q, expect: wanted } of queries) {
		const urls = await top3Of(q);
		const rank = urls.indexOf(wanted);
		if (rank === 0) top1++;
		if (rank >= 0) top3++;
		if (rank !== 0) misses.push(`${q} → ${rank < 0 ? 'not in top 3' : `#${rank + 1}`} (got ${urls.join(', ')})`);
	}
	const rate = (n: number) => n / queries.length;
	console.log(`${label}: top 1 ${top1}/${queries.length}, top 3 ${top3}/${queries.length}\n  ${misses.join('\n  ')}`);
	expect(rate(top3), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
	expect(rate(top1), misses.join('\n')).toBeGreaterThanOrEqual(0.8);
}

const paths = (links: import('@playwright/test').Locator) =>
	links.evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));

test('search page: realistic queries put the right page in the top 3 (95%) and first (80%)', async ({ page }) => {
	test.setTimeout(180_000);
	await rateQueries(async (q) => {
		await page.goto(`/search/?q=${encodeURIComponent(q)}`);
		await expect(page.locator('[data-search-status]')).toContainText(/result/);
		return paths(page.locator('[data-search-results] .search-hit-title'));
	}, 'search page');
});

test('header dialog: realistic queries put the right page in the top 3 (95%) and first (80%)', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/concepts/');
	await page.keyboard.press('/');
	const dialog = page.locator('[data-search-dialog]');
	const input = dialog.locator('[data-search-dialog-input]');
	await rateQueries(async (q) => {
		await input.fill(q);
		await expect(dialog).toHaveAttribute('data-results-for', q);
		return paths(dialog.locator('.search-hit-title'));
	}, 'header dialog');
});
