/**
 * The site hosted under a sub-path (`/skills/`): every link, asset, search
 * bundle and search result must carry the base path. The server answers
 * nothing outside it, so a forgotten base shows up as a failed request.
 * Paths here are relative to the base (no leading slash).
 */
import { expect, test, type Page } from '@playwright/test';

const basePath = process.env.SITE_BASE ?? '/skills/';

/** Collects requests to this server that failed or were answered with an error. */
function watchFailures(page: Page) {
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400 && r.url().startsWith('http://127.0.0.1')) failed.push(`${r.status()} ${r.url()}`);
	});
	// A request cut short by leaving the page is not a failure of the site.
	page.on('requestfailed', (r) => {
		if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`failed ${r.url()}: ${r.failure()?.errorText}`);
	});
	return failed;
}

test('navigation, assets and content links stay under the base path', async ({ page }) => {
	const failed = watchFailures(page);
	await page.goto('');
	await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', `${basePath}favicon.png`);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Concepts' }).click();
	await expect(page).toHaveURL(new RegExp(`${basePath}concepts/$`));
	await page.goto('concepts/collective-efficiency/');
	// A link written in the content as concepts:... resolves under the base.
	const bodyLinks = await page
		.locator('article a[href^="/"]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(bodyLinks.length).toBeGreaterThan(5);
	expect(bodyLinks.filter((href) => !href.startsWith(basePath))).toEqual([]);
	await page.locator(`article a[href^="${basePath}concepts/"]`).first().click();
	await expect(page.locator('h1')).toBeVisible();
	expect(failed).toEqual([]);
});

test('diagrams are visible and the theme toggle works', async ({ page }) => {
	const failed = watchFailures(page);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('concepts/collective-efficiency/');
	await expect(page.locator('figure.diagram svg').filter({ visible: true }).first()).toBeVisible();
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('figure.diagram svg').filter({ visible: true }).first()).toBeVisible();
	// The theme is restored by theme-init.js, loaded from under the base.
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(failed).toEqual([]);
});

test('search loads its bundles and links its results under the base path', async ({ page }) => {
	const failed = watchFailures(page);
	await page.goto('search/?q=absorptive+capacity');
	await expect(page.locator('.search-hit-title').first()).toHaveAttribute(
		'href',
		`${basePath}concepts/absorptive-capacity/`,
	);
	// A misspelling loads the vocabulary file from under the base too, and its suggestion links a search under the base.
	await page.goto('search/?q=colective+efficiency');
	await expect(page.locator('a.search-suggestion').first()).toHaveAttribute(
		'href',
		`${basePath}search/?q=collective+efficiency`,
	);

	await page.goto('cases/sialkot/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('searchbox').fill('joint action');
	await expect(dialog.locator('a[href]').first()).toHaveAttribute('href', new RegExp(`^${basePath}`));
	expect(failed).toEqual([]);
});

test('the quick find keeps the glossary terms a page links to under the base path', async ({ page }) => {
	// "Metal Industries Development Centre" is linked from this concept's text only: its title, summary and
	// headings do not name it, so the quick find reaches the page through the terms of its outline.
	await page.goto('concepts/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	await dialog.getByRole('searchbox').fill('Metal Industries Development Centre');
	await expect(dialog).toHaveAttribute('data-results-for', 'Metal Industries Development Centre', { timeout: 15_000 });
	expect(
		await dialog.locator('.search-hit-title').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
	).toContain(`${basePath}concepts/international-standards/`);
});
