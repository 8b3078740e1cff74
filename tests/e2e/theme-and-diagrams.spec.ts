/**
 * The reader's theme choice: the toggle, its memory across pages and reloads,
 * and pages without JavaScript. (Diagrams following the system theme are
 * checked under the security policy in security.spec.ts; their caption and
 * description on every page by tests/dist/diagrams.test.ts.)
 */
import { expect, test } from '@playwright/test';

const diagramPage = '/concepts/collective-efficiency/';

/** The fill of the first node box of the diagram shown (its colours come from the theme's stylesheet). */
const nodeFill = (page: import('@playwright/test').Page) =>
	page
		.locator('figure.diagram svg:visible .node rect')
		.first()
		.evaluate((r) => getComputedStyle(r).fill);

test('the theme toggle switches, persists across pages and reloads, and wins over the system', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(diagramPage);
	const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
	// The switch shows its state to the eye too: a tick while dark is on.
	const tick = () => toggle.evaluate((b) => getComputedStyle(b, '::before').content);
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	expect(await tick()).toBe('none');
	// The light theme's own colours (the diagrams' stylesheet keeps only the rules the SVGs use: not these away).
	expect(await nodeFill(page)).toBe('rgb(238, 238, 238)');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await tick()).toContain('✓');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await nodeFill(page)).not.toBe('rgb(238, 238, 238)');
	const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

	await page.goto('/concepts/joint-action/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// The stored theme is applied by a blocking script before the body is parsed: no flash of the light theme.
	await page.reload({ waitUntil: 'commit' });
	await page.waitForSelector('body');
	const earlyTheme = await page.evaluate(() => document.documentElement.dataset.theme);
	expect(earlyTheme).toBe('dark');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);

	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('without JavaScript, pages and diagrams work and the toggle is not offered', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto(diagramPage);
	expect(await nodeFill(page)).not.toBe('rgb(238, 238, 238)');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
	await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
	await context.close();
});
