/**
 * Teaching with the site, in the browser: any page prints as a clean
 * handout, and a path page prints in handout mode. (Paths and their units,
 * the PDFs, course packages and catalogue are gates over dist/:
 * tests/dist/teaching.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const catalog = JSON.parse(readFileSync(new URL('../../dist/catalog.json', import.meta.url), 'utf8')) as {
	site: string;
	entries: { id: string; type: string }[];
};
const site = new URL(catalog.site);
const firstPath = catalog.entries.find((e) => e.type === 'path')!.id;

test.describe('print', () => {
	test('a unit page prints as a clean handout: no navigation, absolute link addresses, light diagrams, address at the end', async ({
		page,
	}) => {
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		await page.goto('/concepts/collective-efficiency/');
		for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.toc', '.prev-next', '.theme-toggle']) {
			await expect(page.locator(selector).first(), selector).toBeHidden();
		}
		const figure = page.locator('figure.diagram').first();
		// One drawing serves both themes here; in print its dark-theme rules (screen only) never apply.
		const svg = figure.locator('svg[id^="mermaid-"]').filter({ visible: true }).first();
		await expect(svg).toBeVisible();
		await expect(figure.locator('.diagram-dark svg')).toBeHidden();
		const textFills = await svg.evaluate((el) => [...el.querySelectorAll('text')].map((t) => getComputedStyle(t).fill));
		expect(textFills.length).toBeGreaterThan(0);
		// Light theme text is dark; the dark theme's would be light.
		const lightText = (fill: string) =>
			(fill.match(/\d+/g) ?? [])
				.slice(0, 3)
				.map(Number)
				.reduce((a, b) => a + b, 0) <
			3 * 128;
		expect(textFills.filter((f) => !lightText(f))).toEqual([]);
		expect(await figure.evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
		const internal = page.locator('.prose a[href^="/"]').first();
		const href = await internal.getAttribute('href');
		const after = await internal.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toBe(`" (${site.origin}${href})"`);
		const colophon = page.locator('.print-colophon');
		await expect(colophon).toBeVisible();
		await expect(colophon).toContainText(`${site.origin}/concepts/collective-efficiency/`);
		await expect(colophon).toContainText('Marchese');
		expect(await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(255, 255, 255)');
	});

	test('on screen, nothing of the print additions shows', async ({ page }) => {
		await page.goto('/concepts/collective-efficiency/');
		await expect(page.locator('.print-colophon')).toBeHidden();
		const internal = page.locator('.prose a[href^="/"]').first();
		expect(await internal.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
	});

	test('a path page prints its title part on a page of its own in handout mode', async ({ page }) => {
		await page.emulateMedia({ media: 'print' });
		await page.goto(`/paths/${firstPath}/`);
		await expect(page.locator('.path-downloads')).toBeHidden();
		await expect(page.locator('.path-address')).toBeVisible();
		await page.evaluate(() => document.documentElement.classList.add('handout'));
		expect(await page.locator('[data-handout-part="title"]').evaluate((e) => getComputedStyle(e).breakAfter)).toBe(
			'page',
		);
	});
});
