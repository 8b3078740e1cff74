/**
 * One browser pass over a sample of each kind of page (see
 * tests/helpers/sample-pages.ts): axe (WCAG 2.1 A and AA and axe's best
 * practices) on a 1366 px desktop in the light theme and on a 390 px phone
 * in the dark theme, so colour contrast is checked in both; on the phone
 * also touch targets (axe's WCAG 2.2 `target-size`) and no sideways
 * scrolling of the page (a wide table, drawing or code block scrolls inside
 * its own region instead). Every other page takes its theme from the
 * system, the rest from the reader's stored choice against the system: the
 * two ways a theme's stylesheet applies.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { samplePages } from '../helpers/sample-pages';

type Theme = 'light' | 'dark';
const wcag21 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const phoneWidth = 390;

/** Opens `path` in `theme`: from the system, or stored by the reader while the system prefers the other. */
async function open(page: Page, path: string, theme: Theme, stored: boolean) {
	if (stored) await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
	const other = theme === 'dark' ? 'light' : 'dark';
	await page.emulateMedia({ colorScheme: stored ? other : theme });
	// The search page is checked with its results showing.
	const searching = path === '/search/';
	const response = await page.goto(searching ? '/search/?q=joint+action' : path);
	expect(response?.status(), 'the page is served').toBe(200);
	if (searching) await page.locator('.search-hit').first().waitFor();
	const shown = await page.evaluate(
		() =>
			document.documentElement.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
	);
	expect(shown, 'the theme in force').toBe(theme);
}

/** Axe's violations, one line each with an example element. */
const described = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
	violations.map((v) => `${v.id} ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`);

for (const [i, path] of samplePages.entries()) {
	const stored = i % 2 === 1;
	const how = stored ? 'stored' : 'system';

	test(`${path} at 1366 px, light theme (${how}): axe finds nothing`, async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 900 });
		await open(page, path, 'light', stored);
		const { violations } = await new AxeBuilder({ page }).withTags(wcag21).analyze();
		expect(described(violations)).toEqual([]);
	});

	test(`${path} at ${phoneWidth} px, dark theme (${how}): axe and touch targets find nothing, no sideways scroll`, async ({
		page,
	}) => {
		await page.setViewportSize({ width: phoneWidth, height: 844 });
		await open(page, path, 'dark', stored);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'px the page scrolls sideways').toBeLessThanOrEqual(0);
		const { violations, inapplicable } = await new AxeBuilder({ page }).withTags([...wcag21, 'wcag22aa']).analyze();
		// Every page has links: a target-size rule that found no target to measure proves nothing.
		expect(inapplicable.map((r) => r.id)).not.toContain('target-size');
		expect(described(violations)).toEqual([]);
	});
}
