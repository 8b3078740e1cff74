/**
 * Reading on any screen: the header on a desktop and a phone, the other
 * names under a case's title, link previews, and the offline copy.
 */
import { expect, test, type Page } from '@playwright/test';
import { t } from '../../src/i18n/ui';
import { siteFiles } from '../../src/lib/site/urls';
import { offlineListCache } from '../../src/lib/site/offline-files';

const conceptPage = '/concepts/collective-efficiency/';
const proseLink = (page: Page) => page.locator('.prose a[href="/concepts/joint-action/"]').first();

test.describe('header', () => {
	test('is two rows on a 1366 px desktop: the name and the buttons, then the whole navigation', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 800 });
		await page.goto(conceptPage);
		const header = await page.locator('.site-header').boundingBox();
		expect(header!.height).toBeLessThan(110);
		const name = (await page.locator('.site-name').boundingBox())!;
		const searchBox = (await page.locator('.search-open').boundingBox())!;
		expect(Math.abs(searchBox.y + searchBox.height / 2 - (name.y + name.height / 2))).toBeLessThan(16);
		// Every destination on one row, under the name.
		const tops = await page
			.locator('.site-nav a:visible')
			.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().top));
		expect(new Set(tops).size).toBe(1);
		expect(tops[0]).toBeGreaterThan(name.y + name.height);
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'For trainers', exact: true }),
		).toBeVisible();
	});

	test('folds the navigation into a menu on a phone, without JavaScript too', async ({ browser }) => {
		test.setTimeout(120_000);
		for (const javaScriptEnabled of [true, false]) {
			const context = await browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled });
			const page = await context.newPage();
			await page.goto(conceptPage);
			const nav = page.getByRole('navigation', { name: 'Main' });
			await expect(nav.getByRole('link', { name: 'Lessons' })).toBeHidden();
			const header = (await page.locator('.site-header').boundingBox())!;
			expect(header.height).toBeLessThan(110);
			const mainTop = (await page.locator('main').boundingBox())!.y;
			const menu = nav.locator('summary');
			expect((await menu.boundingBox())!.height).toBeGreaterThanOrEqual(24);
			await menu.click();
			const lessons = nav.getByRole('link', { name: 'Lessons' });
			await expect(lessons).toBeVisible();
			expect((await lessons.boundingBox())!.height).toBeGreaterThanOrEqual(24);
			// The open menu lies over the page: nothing below it moves.
			expect((await page.locator('main').boundingBox())!.y).toBe(mainTop);
			await lessons.click();
			await expect(page).toHaveURL(/\/lessons\/$/);
			await context.close();
		}
	});
});

test('a case shows only other names a reader might search for', async ({ page }) => {
	await page.goto('/cases/sialkot/');
	await expect(page.locator('.aliases')).toHaveCount(0);
	await page.goto('/cases/ludhiana/');
	const aliases = page.locator('.aliases');
	await expect(aliases).toContainText('Manchester of India');
	await expect(aliases).not.toContainText(/Ludhiana,/);
});

test.describe('link previews', () => {
	test('show on hover with title and summary, and hide with Escape', async ({ page }) => {
		await page.goto(conceptPage);
		const link = proseLink(page);
		await link.hover();
		const preview = page.getByRole('tooltip');
		await expect(preview).toBeVisible();
		await expect(preview).toContainText('Joint action');
		await expect(preview.locator('p')).not.toBeEmpty();
		await page.keyboard.press('Escape');
		await expect(preview).toBeHidden();
	});

	test('show on keyboard focus and describe the link for screen readers', async ({ page }) => {
		await page.goto(conceptPage);
		const link = proseLink(page);
		await link.focus();
		const preview = page.getByRole('tooltip');
		await expect(preview).toBeVisible();
		await expect(link).toHaveAttribute('aria-describedby', 'link-preview');
		await expect(link).toHaveAccessibleDescription(/Joint action/);
		await page.keyboard.press('Escape');
		await expect(preview).toBeHidden();
		await expect(link).not.toHaveAttribute('aria-describedby', /./);
	});

	test('on a touch screen: a first tap shows the preview, a second opens the page; a tapped abbreviation explains itself', async ({
		browser,
	}) => {
		const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
		const page = await context.newPage();
		await page.goto(conceptPage);
		const link = proseLink(page);
		await link.tap();
		const preview = page.getByRole('tooltip');
		await expect(preview).toBeVisible();
		await expect(preview).toContainText('Joint action');
		await expect(preview).toContainText(t().linkPreview.tapAgain);
		await expect(page).toHaveURL(new RegExp(`${conceptPage}$`));
		await link.tap();
		await expect(page).toHaveURL(/\/concepts\/joint-action\/$/);
		// A link without a preview (a lesson) opens at the first tap.
		await page.goto('/cases/sialkot/');
		const lesson = page.locator('.prose a[href^="/lessons/"]').first();
		const target = await lesson.getAttribute('href');
		await lesson.tap();
		await expect(page).toHaveURL(new RegExp(`${target}$`));
		// An abbreviation shows its expansion.
		await page.goto('/cases/sialkot/');
		const abbr = page.locator('.prose abbr[title="Food and Drug Administration"]').first();
		await abbr.tap();
		await expect(page.getByRole('tooltip')).toContainText('Food and Drug Administration');
		await context.close();
	});
});

test('the site can be saved, then read and searched offline', async ({ browser }) => {
	test.setTimeout(180_000);
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/for-trainers/');
	const save = page.getByRole('button', { name: 'Save the site for offline reading' });
	await expect(save).toBeVisible();
	// The size a reader is told is the build's measure of the copy, and it stays under 5 MB.
	const bytes = Number(await save.getAttribute('data-offline-bytes'));
	expect(bytes).toBeGreaterThan(1_000_000);
	expect(bytes).toBeLessThan(5_000_000);
	await expect(page.locator('#offline + p')).toContainText(`${(bytes / 1_000_000).toFixed(1)} MB`);
	await page.evaluate(() => navigator.serviceWorker.ready);
	// Saving is what reads the list of the copy's files (the worker asks for it: the context sees its requests).
	const listAsked = context.waitForEvent('request', (r) => new URL(r.url()).pathname === `/${siteFiles.offlineList}`);
	await save.click();
	await listAsked;
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible({ timeout: 150_000 });
	// What the browser now holds is the copy the build listed (the page stating the size was measured before the size was written in).
	const stored = await page.evaluate(async (listCache) => {
		let total = 0;
		for (const name of await caches.keys()) {
			// The copy, and the list of its files the worker keeps beside it.
			if (!name.includes('offline-copy') && name !== listCache) continue;
			const cache = await caches.open(name);
			for (const request of await cache.keys()) total += (await (await cache.match(request))!.arrayBuffer()).byteLength;
		}
		return total;
	}, offlineListCache);
	// The browser's gzip and the build's may differ by a few bytes a file.
	expect(Math.abs(stored - bytes) / bytes).toBeLessThan(0.02);

	await context.setOffline(true);
	for (const path of ['/concepts/absorptive-capacity/', '/cases/bangalore/', '/glossary/sima/', '/lessons/']) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
	}
	await page.goto('/cases/sialkot/');
	await expect(page.locator('figure.diagram svg:visible').first()).toBeVisible();
	await page.goto('/search/?q=joint+action');
	await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 20_000 });
	await context.close();
});

test("offline, an address the browser has not kept shows the site's own page, not the browser's error", async ({
	browser,
}) => {
	const context = await browser.newContext();
	// The list of the saved copy's files is read only when a reader saves the site: a visit, the worker's install
	// and its answers to the page's requests never ask for it.
	const asked: string[] = [];
	context.on('request', (request) => asked.push(new URL(request.url()).pathname));
	const page = await context.newPage();
	await page.goto('/concepts/joint-action/');
	// The worker installs after the page has loaded and keeps its fallback page.
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	expect(asked).toContain(`/${siteFiles.serviceWorker}`);
	expect(asked).not.toContain(`/${siteFiles.offlineList}`);
	await context.setOffline(true);
	await page.goto('/cases/ludhiana/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t().offlineFallback.title);
	await expect(page.getByRole('link', { name: t().offlineFallback.howTo })).toBeVisible();
	// A handout too (PDFs are not in the saved copy).
	await page.goto('/paths/when-a-crisis-forces-learning/learner.pdf');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t().offlineFallback.title);
	await context.close();
});
