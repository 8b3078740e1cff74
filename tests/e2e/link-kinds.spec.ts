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

/** Pages with each kind of link, and the links to try on each. */
const linkKinds = [
	{ path: '/concepts/joint-action/', links: 'article p a[href^="/"]', kind: 'text links' },
	{ path: '/concepts/joint-action/', links: 'svg.nb-svg a', kind: 'the neighbourhood drawing' },
	{ path: '/map/concepts/', links: 'svg.cm-svg a', kind: 'concept map boxes' },
	{ path: '/map/clusters/', links: 'svg a.map-marker', kind: 'cluster map markers' },
	{ path: '/taxonomy/', links: 'svg a.matrix-cell', kind: 'Table 1 cells' },
];

test('every kind of link raises no error on hover and keyboard focus', async ({ page }) => {
	test.setTimeout(120_000);
	const errors = watchErrors(page);
	for (const { path, links, kind } of linkKinds) {
		await page.goto(path);
		const shown = await page.locator(links).filter({ visible: true }).all();
		expect(shown.length, kind).toBeGreaterThan(2);
		for (const link of shown.slice(0, 3)) {
			await link.hover();
			await link.focus();
			await page.keyboard.press('Tab');
			await page.keyboard.press('Shift+Tab');
		}
	}
	expect(errors).toEqual([]);
});

test('every kind of link raises no error when tapped on a phone', async ({ browser }) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	const errors = watchErrors(page);
	for (const { path, links, kind } of linkKinds) {
		await page.goto(path);
		const link = page.locator(links).filter({ visible: true }).nth(1);
		await link.scrollIntoViewIfNeeded();
		const target = new URL((await link.getAttribute('href')) ?? '', page.url()).href;
		// A concept map box is picked out by a first tap and opened by the second, a text link to a page with a
		// preview shows the preview first; every other link opens at once.
		await link.tap();
		if (kind === 'concept map boxes') {
			await expect(page.locator('svg.cm-svg a.cm-on'), kind).toHaveCount(1, { timeout: 5_000 });
			expect(new URL(page.url()).pathname, kind).toBe(path);
			await link.tap();
		} else {
			await expect
				.poll(async () => page.url() === target || (await link.getAttribute('aria-describedby')) !== null, kind)
				.toBe(true);
			if (page.url() !== target) await link.tap();
		}
		await page.waitForURL(target, { timeout: 10_000 });
		await page.waitForLoadState('load');
	}
	expect(errors).toEqual([]);
	await context.close();
});
