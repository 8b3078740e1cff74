import { expect, test } from '@playwright/test';

test('a linked search runs on load and finds the concept page first', async ({ page }) => {
	await page.goto('/search/?q=absorptive+capacity');
	await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('absorptive capacity');
	const first = page.locator('.search-result a').first();
	await expect(first).toHaveAttribute('href', '/concepts/absorptive-capacity/');
});

test('the header search form leads to the search page with the query', async ({ page }) => {
	await page.goto('/concepts/');
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('Sialkot');
	await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=Sialkot$/);
	await expect(page.locator('.search-result a').first()).toHaveAttribute('href', '/cases/sialkot/');
});
