import { expect, test } from '@playwright/test';

test('a linked search runs on load and finds the concept page first', async ({ page }) => {
	await page.goto('/search/?q=absorptive+capacity');
	await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('absorptive capacity');
	await expect(page.locator('.search-hit-title').first()).toHaveAttribute('href', '/concepts/absorptive-capacity/');
	// Results show the type, a highlighted excerpt and deep links to matching sections.
	const first = page.locator('.search-hit').first();
	await expect(first.locator('.search-hit-type')).toHaveText('Concept');
	await expect(first.locator('.search-hit-excerpt mark').first()).toBeVisible();
	await expect(first.locator('.search-hit-sections a').first()).toHaveAttribute('href', /\/concepts\/absorptive-capacity\/#[a-z0-9-]+$/);
});

test('filters narrow the results, show counts, and live in the address', async ({ page }) => {
	await page.goto('/search/?q=upgrading');
	await expect(page.locator('[data-search-status]')).toContainText('result');
	const lesson = page.getByRole('checkbox', { name: /^Lesson \(\d+\)$/ });
	const count = Number(/\((\d+)\)/.exec((await page.locator('label', { has: page.locator('.count') }).filter({ hasText: /^Lesson/ }).textContent())!)![1]);
	await lesson.check();
	await expect(page).toHaveURL(/[?&]type=Lesson/);
	await expect(page.locator('[data-search-status]')).toContainText(`${count} result`);
	const types = await page.locator('.search-hit-type').allTextContents();
	expect(new Set(types)).toEqual(new Set(['Lesson']));

	// The filtered search can be reopened from its address.
	const url = page.url();
	await page.goto(url);
	await expect(page.getByRole('checkbox', { name: /^Lesson \(\d+\)$/ })).toBeChecked();
	await expect(page.locator('.search-hit-type').first()).toHaveText('Lesson');
});

test('filters browse without a query', async ({ page }) => {
	await page.goto('/search/?case+study=The+Sialkot+surgical+instruments+cluster&type=Lesson');
	await expect(page.locator('[data-search-status]')).toContainText('6 results');
	await expect(page.locator('.search-hit-title').first()).toHaveAttribute('href', /\/lessons\/sialkot-/);
});

test('a misspelt query is corrected to the closest known word', async ({ page }) => {
	await page.goto('/search/?q=colective+efficiency');
	await expect(page.locator('[data-search-status]')).toContainText('collective efficiency');
	await expect(page.locator('.search-hit-title').first()).toHaveAttribute('href', '/concepts/collective-efficiency/');
});

test('the header search dialog: / opens it, arrow keys move, Escape closes, focus returns', async ({ page }) => {
	const pagefindRequests: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
	});
	await page.goto('/cases/sialkot/');
	// No search code or index is loaded with the page.
	expect(pagefindRequests).toEqual([]);

	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	await expect(dialog).toBeVisible();
	const input = dialog.getByRole('searchbox', { name: 'Search the site' });
	await expect(input).toBeFocused();
	await input.fill('job rotation');
	const first = dialog.locator('.search-hit-title').first();
	await expect(first).toHaveAttribute('href', '/concepts/skills-diversification/');
	await page.keyboard.press('ArrowDown');
	await expect(first).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(first).not.toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(first).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(input).toBeFocused();

	// Focus is trapped in the modal dialog: tabbing never reaches the page behind it.
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body)).toBe(true);
	}
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	// Ctrl+K opens it again; Enter goes to the first result.
	await page.keyboard.press('Control+k');
	await expect(dialog).toBeVisible();
	await input.fill('Bengaluru');
	await expect(dialog.locator('.search-hit-title').first()).toHaveAttribute('href', '/cases/bangalore/');
	await input.press('Enter');
	await expect(page).toHaveURL(/\/cases\/bangalore\/$/);
});

test('the header button opens the dialog; its link carries the query to the search page', async ({ page }) => {
	await page.goto('/concepts/');
	await page.getByRole('button', { name: /Search/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	await dialog.getByRole('searchbox').fill('GMP');
	await expect(dialog.locator('.search-hit-title').first()).toBeVisible();
	await dialog.getByRole('link', { name: 'All results, with filters' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=GMP$/);
	await expect(page.locator('.search-hit-title').first()).toHaveAttribute('href', '/glossary/gmp/');
});

test('without JavaScript the header offers a search form that leads to the search page', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/concepts/');
	await expect(page.getByRole('button', { name: /Search/ }).first()).toBeVisible(); // the form's submit button
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('Sialkot');
	await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=Sialkot$/);
	await context.close();
});
