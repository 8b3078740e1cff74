import { expect, test } from '@playwright/test';

test('an unknown address answers 404 with the not-found page', async ({ page }) => {
	const response = await page.goto('/concepts/no-such-concept/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the not-found page is not in the search index', async ({ page }) => {
	await page.goto('/search/?q=page+not+found+address');
	await expect(page.locator('[data-search-status]')).not.toContainText('Searching', { timeout: 20_000 });
	const hrefs = await page.locator('.search-hit-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(hrefs.filter((h) => h?.includes('404'))).toEqual([]);
});
