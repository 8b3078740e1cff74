/** The not-found page as a reader meets it. (That search never offers it is a gate over the index: tests/dist/addresses.test.ts.) */
import { expect, test } from '@playwright/test';

test('an unknown address answers 404 with the not-found page', async ({ page }) => {
	const response = await page.goto('/concepts/no-such-concept/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
});
