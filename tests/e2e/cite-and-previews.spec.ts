/**
 * Paragraph anchors and citations in Chromium: the "¶" link of a paragraph
 * and the cite box (its formats load when it is opened), with and without
 * JavaScript. (Every page's
 * canonical address, previews, citation tags and structured data are a gate
 * over dist/: tests/dist/page-metadata.test.ts.)
 */
import { expect, test } from '@playwright/test';

const site = 'https://skills-for-clusters.example.org';

test.describe('in the browser', () => {
	test('every paragraph, list item and table of a page has an anchor, and "¶" copies its full address', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/concepts/joint-action/');
		const blocks = page.locator('.prose :is(p, li, table):not(figure *):not(li p)');
		const count = await blocks.count();
		expect(count).toBeGreaterThan(5);
		for (let i = 0; i < count; i++) {
			const id = await blocks.nth(i).getAttribute('id');
			expect(id, `block ${i}`).toMatch(/^(p|li|table)-[a-z0-9-]+$/);
			await expect(blocks.nth(i).locator(`a.block-anchor[href="#${id}"]`)).toHaveCount(1);
		}
		const first = blocks.first();
		const id = await first.getAttribute('id');
		await first.hover();
		await first.locator('a.block-anchor').click();
		await expect(page).toHaveURL(new RegExp(`#${id}$`));
		// The address the reader is on (here the test server), not the configured site address.
		// The copy code loads on this first click: the clipboard fills a moment later.
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(new URL(`/concepts/joint-action/#${id}`, page.url()).href);
		await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard');
		// The confirmation also shows beside the link that was clicked.
		await expect(first.locator('a.block-anchor')).toHaveAttribute('data-copied', 'Link copied to the clipboard');
	});

	test('"Cite this page" loads its four formats when opened, citing the address the reader is on', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/cases/sialkot/');
		// Closed, the box has only its no-JavaScript citation: the formats load on opening.
		await expect(page.locator('.cite-this .cite-format')).toHaveCount(0);
		await page.getByText('Cite this page', { exact: true }).click();
		await page.getByRole('button', { name: 'Copy APA 7 citation of the page' }).click();
		const apa = await page.locator('#cite-page-apa').textContent();
		// Here the test server, not the configured site address (a preview, a mirror, a local copy cite themselves).
		expect(apa).toContain(new URL('/cases/sialkot/', page.url()).href);
		expect(apa).not.toContain(site);
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
		await expect(page.getByRole('status')).toHaveText('Copied to the clipboard');
		await page.getByText('Cite the paper', { exact: true }).click();
		await expect(page.locator('.cite-this .copy-button')).toHaveCount(8);
		await page.getByRole('button', { name: 'Copy BibTeX citation of the paper' }).click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toMatch(/^@techreport\{MarcheseSakamoto2008,/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the "¶" link is the address, and the citations are there to select', async ({ page }) => {
		await page.goto('/concepts/joint-action/');
		const link = page.locator('.prose p a.block-anchor').first();
		const href = await link.getAttribute('href');
		await link.focus();
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${href}$`));
		await expect(page.locator('button[data-copy-target]')).toHaveCount(0);
		await page.getByText('Cite this page', { exact: true }).click();
		// The APA citation of the page, to select.
		await expect(page.locator('.cite-this [data-cite-formats="page"] .cite-text')).toContainText('Retrieved');
		await expect(page.locator('.cite-this [data-cite-formats="page"] .cite-text')).toContainText(
			`${site}/concepts/joint-action/`,
		);
	});
});
