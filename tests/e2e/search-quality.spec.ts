/**
 * Ranking quality, measured the way readers meet it: each query of the
 * committed query file is typed into the search page and the header dialog
 * of the built site. A misspelt query must be answered with a "Did you
 * mean" link to the named spelling, and the page is then looked for among
 * that link's results, one click away as a reader would find it.
 */
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { publishedLanguages, sourceLanguage } from '../../src/i18n/languages';

/** Search loads its index on the first query; on a busy machine that can take several seconds. */
const expect = baseExpect.configure({ timeout: 15_000 });

type Query = { q: string; expect: string; suggest?: string };
const queryFile = (name: string) =>
	(JSON.parse(readFileSync(new URL(`../search/${name}`, import.meta.url), 'utf8')) as { queries: Query[] }).queries;
const queries = queryFile('queries.json');
/** A query list per translated edition, in its language, checked in its own search. */
const editionQueries = publishedLanguages
	.filter((language) => language !== sourceLanguage)
	.map((language) => ({ language, queries: queryFile(`queries.${language}.json`) }));

test('the query files are large enough to mean something', () => {
	expect(queries.length).toBeGreaterThanOrEqual(80);
	for (const edition of editionQueries) expect(edition.queries.length, edition.language).toBeGreaterThanOrEqual(50);
});

/** Checks the ranks of every query; `top3Of` returns the first three result paths of one query. */
async function rateQueries(
	top3Of: (q: string, suggest?: string) => Promise<string[]>,
	label: string,
	list: readonly Query[] = queries,
) {
	const misses: string[] = [];
	let top1 = 0;
	let top3 = 0;
	for (const { q, expect: wanted, suggest } of list) {
		const urls = await top3Of(q, suggest);
		const rank = urls.indexOf(wanted);
		if (rank === 0) top1++;
		if (rank >= 0) top3++;
		if (rank !== 0) misses.push(`${q} → ${rank < 0 ? 'not in top 3' : `#${rank + 1}`} (got ${urls.join(', ')})`);
	}
	const rate = (n: number) => n / list.length;
	console.log(`${label}: top 1 ${top1}/${list.length}, top 3 ${top3}/${list.length}\n  ${misses.join('\n  ')}`);
	expect(rate(top3), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
	expect(rate(top1), misses.join('\n')).toBeGreaterThanOrEqual(0.9);
}

const paths = (links: Locator) =>
	links.evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));

test('search page: realistic queries put the right page in the top 3 (95%) and first (90%)', async ({ page }) => {
	test.setTimeout(600_000);
	const status = page.locator('[data-search-status]');
	const box = page.getByRole('searchbox', { name: 'Search for' });
	await page.goto('/search/');
	await rateQueries(async (q, suggest) => {
		await box.fill(q);
		await box.press('Enter');
		if (suggest) {
			await expect(status).toContainText(`No results for “${q}”`, { timeout: 20_000 });
			await status.getByRole('link', { name: suggest, exact: true }).click();
			await expect(box).toHaveValue(suggest);
		}
		await expect(status).toContainText(
			new RegExp(`^\\d+ results? for “${(suggest ?? q).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”$`),
			{ timeout: 20_000 },
		);
		return paths(page.locator('[data-search-results] .search-hit-title'));
	}, 'search page');
});

/** Types each query into the header dialog of `start`'s edition. */
async function rateDialog(page: Page, start: string, label: string, list?: readonly Query[]) {
	await page.goto(start);
	await page.keyboard.press('/');
	const dialog = page.locator('[data-search-dialog]');
	const input = dialog.locator('[data-search-dialog-input]');
	await rateQueries(
		async (q, suggest) => {
			await input.fill(q);
			await expect(dialog).toHaveAttribute('data-results-for', q, { timeout: 20_000 });
			if (suggest) {
				await dialog.locator('[data-search-dialog-status]').getByRole('link', { name: suggest, exact: true }).click();
				await expect(dialog).toHaveAttribute('data-results-for', suggest);
			}
			return paths(dialog.locator('.search-hit-title'));
		},
		label,
		list,
	);
}

test('header dialog: realistic queries put the right page in the top 3 (95%) and first (90%)', async ({ page }) => {
	test.setTimeout(600_000);
	await rateDialog(page, '/concepts/', 'header dialog');
});

for (const { language, queries: list } of editionQueries)
	test(`${language} edition: its readers' queries put the right page in the top 3 (95%) and first (90%)`, async ({
		page,
	}) => {
		test.setTimeout(600_000);
		await rateDialog(page, `/${language}/concepts/`, `${language} header dialog`, list);
	});
