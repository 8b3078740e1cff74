/**
 * Every kind of link a reader can point at or focus: text links, the concept
 * map's SVG boxes and the cluster map's markers. None may throw: an SVG
 * anchor's `href` is not a string, and reading it as one broke the previews.
 */
import { expect, test, type Page } from '@playwright/test';

/** Page errors and console errors while the test runs. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	return errors;
}

test.use({ viewport: { width: 1366, height: 900 } });

test('an SVG box of the concept map shows its preview on hover and on focus, without an error', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/map/concepts/');
	const box = page.locator('svg a.cm-node[href="/concepts/absorptive-capacity/"]').filter({ visible: true });
	const preview = page.getByRole('tooltip');
	await box.hover();
	await expect(preview).toBeVisible();
	await expect(preview).toContainText('Absorptive capacity');
	await page.keyboard.press('Escape');
	await expect(preview).toBeHidden();
	await box.focus();
	await expect(preview).toBeVisible();
	expect(errors).toEqual([]);
});

test('text links and cluster map markers raise no error on hover and focus', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/map/clusters/');
	const markers = page.locator('svg a[href]').filter({ visible: true });
	expect(await markers.count()).toBeGreaterThan(3);
	for (const marker of (await markers.all()).slice(0, 4)) {
		await marker.hover();
		await marker.focus();
	}
	await page.goto('/concepts/joint-action/');
	const textLinks = page.locator('article a[href^="/"]').filter({ visible: true });
	for (const link of (await textLinks.all()).slice(0, 4)) {
		await link.hover();
		await link.focus();
	}
	await expect(page.getByRole('tooltip')).toBeVisible();
	expect(errors).toEqual([]);
});
