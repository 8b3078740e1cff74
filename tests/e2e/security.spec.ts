/**
 * The site works under its Content Security Policy (sent by the test server
 * from dist/_headers, and in each page's <meta>): a sample of pages, a
 * search and the header search dialog cause no policy violation, no console
 * error and no request to another host.
 */
import { expect, test, type Page } from '@playwright/test';

declare global {
	interface Window {
		cspViolations: string[];
	}
}

/** Records violations, console errors and foreign requests of a page from before its first script runs. */
async function watch(page: Page, baseURL: string) {
	const problems: string[] = [];
	const origin = new URL(baseURL).origin;
	await page.addInitScript(() => {
		window.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			window.cspViolations.push(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
			),
		);
	});
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to another host: ${r.url()}`);
	});
	return async () => [...problems, ...(await page.evaluate(() => window.cspViolations)).map((v) => `CSP: ${v}`)];
}

const pages = ['/', '/concepts/absorptive-capacity/', '/cases/sialkot/', '/glossary/'];

for (const path of pages) {
	test(`${path} loads under the policy with no violation`, async ({ page, baseURL }) => {
		const problems = await watch(page, baseURL!);
		const response = await page.goto(path);
		expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
		await page.waitForLoadState('networkidle');
		expect(await problems()).toEqual([]);
	});
}

test('a case page draws its diagrams in both themes under the policy', async ({ page, baseURL }) => {
	const problems = await watch(page, baseURL!);
	await page.goto('/cases/sialkot/');
	// The diagrams' stylesheet (diagrams.css, no inline styles) applied: every node is filled with the theme's
	// colour, not SVG's default black, and its label is not black-on-black either.
	const visibleDiagram = () => page.locator('.diagram svg[id^="mermaid-"]').filter({ visible: true }).first();
	const paint = () =>
		visibleDiagram().evaluate((el) => ({
			fills: [...el.querySelectorAll('.node rect, .node polygon')].map((n) => getComputedStyle(n).fill),
			labels: [...el.querySelectorAll('.node .nodeLabel, .node text')].map((n) => getComputedStyle(n).color),
		}));
	await expect(visibleDiagram()).toBeVisible();
	const light = await paint();
	expect(light.fills.length).toBeGreaterThan(0);
	for (const fill of light.fills) expect(fill).not.toMatch(/^(rgb\(0, 0, 0\)|none)$/);
	// The dark theme repaints the same nodes in other colours.
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect(visibleDiagram()).toBeVisible();
	const dark = await paint();
	expect(dark.fills.length).toBe(light.fills.length);
	expect(dark.fills).not.toEqual(light.fills);
	expect(dark.labels).not.toEqual(light.labels);
	expect(await problems()).toEqual([]);
});

test('the search page runs a linked search under the policy', async ({ page, baseURL }) => {
	const problems = await watch(page, baseURL!);
	await page.goto('/search/?q=joint+action');
	await expect(page.locator('.search-hit-title').first()).toBeVisible({ timeout: 20_000 });
	expect(await problems()).toEqual([]);
});

test('the header search dialog finds pages while typing under the policy', async ({ page, baseURL }) => {
	const problems = await watch(page, baseURL!);
	await page.goto('/concepts/absorptive-capacity/');
	await page.getByRole('button', { name: /Search/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	await dialog.getByRole('searchbox').pressSequentially('joint act', { delay: 30 });
	await expect(dialog.locator('.search-hit-title').first()).toBeVisible({ timeout: 20_000 });
	expect(await problems()).toEqual([]);
});
