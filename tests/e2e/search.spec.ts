import { expect as baseExpect, test, type Page } from '@playwright/test';

/** Search loads its index on the first query; on a busy machine that can take several seconds. */
const expect = baseExpect.configure({ timeout: 15_000 });

test('a linked search runs on load and finds the concept page first', async ({ page }) => {
	await page.goto('/search/?q=absorptive+capacity');
	await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('absorptive capacity');
	await expect(page.locator('.search-hit-title').first()).toHaveAttribute('href', '/concepts/absorptive-capacity/');
	// Results show the type and a highlighted excerpt.
	const first = page.locator('.search-hit').first();
	await expect(first.locator('.search-hit-type')).toHaveText('Concept');
	await expect(first.locator('.search-hit-excerpt mark').first()).toBeVisible();
	// And deep links to the sections whose heading matches.
	await page.goto('/search/?q=horizontal+cooperation');
	await expect(page.locator('.search-hit').first().locator('.search-hit-sections a')).toHaveAttribute(
		'href',
		'/concepts/joint-action/#vertical-and-horizontal-cooperation',
	);
	// The full text completes the list and the counts below the first results.
	await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results for “horizontal cooperation”$/);
	await expect(page.locator('[data-search-filters] .search-facet').first()).toBeVisible();
});

for (const [where, open] of [
	['the search page', async (page: Page) => page.goto('/search/?q=joint+action')],
	[
		'the search dialog',
		async (page: Page) => {
			await page.goto('/concepts/');
			await page.keyboard.press('/');
			await page.getByRole('dialog', { name: 'Search the site' }).getByRole('searchbox').fill('joint action');
		},
	],
] as const) {
	test(`${where} runs search in the search worker, never on the page's main thread`, async ({ page }) => {
		const worker = page.waitForEvent('worker', (w) => /\/_astro\/search-worker-[\w-]+\.js$/.test(w.url()));
		await open(page);
		await worker;
		await expect(page.locator('.search-hit-title').first()).toHaveAttribute('href', '/concepts/joint-action/');
		// A script the page itself loads shows in its resource timings; the worker's fetches do not.
		const pageFetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
		expect(pageFetched.filter((url) => url.includes('/pagefind') || url.includes('/quick-find'))).toEqual([]);
	});
}

test('filters narrow the results, show counts, and live in the address', async ({ page }) => {
	await page.goto('/search/?q=upgrading');
	await expect(page.locator('[data-search-status]')).toContainText('result');
	const lesson = page.getByRole('checkbox', { name: /^Lesson \(\d+\)$/ });
	const count = Number(
		/\((\d+)\)/.exec(
			(await page
				.locator('label', { has: page.locator('.count') })
				.filter({ hasText: /^Lesson/ })
				.textContent())!,
		)![1],
	);
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

test('a closed filter group offers its values when opened, and they filter', async ({ page }) => {
	await page.goto('/search/?q=upgrading');
	const country = page.locator('details.search-facet', { has: page.locator('summary', { hasText: /^Country$/ }) });
	await expect(country).not.toHaveAttribute('open');
	await country.locator('summary').click();
	const india = country.getByRole('checkbox', { name: /^India \(\d+\)$/ });
	await india.check();
	await expect(page).toHaveURL(/[?&]country=India/);
	// Reopened from its address, the group with a chosen value is open and ticked.
	await page.goto(page.url());
	await expect(page.getByRole('checkbox', { name: /^India \(\d+\)$/ })).toBeChecked();
});

test('filters browse without a query', async ({ page }) => {
	await page.goto('/search/?case+study=The+Sialkot+surgical+instruments+cluster&type=Lesson');
	await expect(page.locator('[data-search-status]')).toContainText('6 results');
	await expect(page.locator('.search-hit-title').first()).toHaveAttribute('href', /\/lessons\/sialkot-/);
});

test('a word used only in page bodies is searched as typed, never respelt', async ({ page }) => {
	// Each occurs in no title or name, only in text (the Ludhiana case uses "factory"); each is one letter or two from a title word.
	for (const [word, page_, marked] of [
		['factory', '/cases/ludhiana/', /^factor(y|ies)\b/i],
		['internet', '/cases/ludhiana/', /^internet/i],
		['prosperity', '/cases/bangalore/', /^prosper/i], // Pagefind's stemming: "prosper" too
	] as const) {
		await page.goto(`/search/?q=${word}`);
		const status = page.locator('[data-search-status]');
		await expect(status).toContainText(new RegExp(`^\\d+ results? for “${word}”$`), { timeout: 15_000 });
		await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue(word);
		await expect(status.getByRole('link')).toHaveCount(0);
		const urls = await page.locator('.search-hit-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(urls).toContain(page_);
		// The highlighted words are the reader's word, not a near spelling ("factors", "interest").
		for (const mark of await page.locator('.search-hit-excerpt mark').allTextContents()) expect(mark).toMatch(marked);
	}
});

test('a misspelt query finds nothing and offers the closest spelling as a link, keeping the reader’s words', async ({
	page,
}) => {
	for (const [typed, suggestion, first] of [
		['absorbtive', 'absorptive', '/concepts/absorptive-capacity/'],
		['colective efficiency', 'collective efficiency', '/concepts/collective-efficiency/'],
	] as const) {
		await page.goto(`/search/?q=${encodeURIComponent(typed)}`);
		const status = page.locator('[data-search-status]');
		await expect(status).toHaveText(`No results for “${typed}”. Did you mean ${suggestion}?`, { timeout: 15_000 });
		await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue(typed);
		await expect(page.locator('.search-hit')).toHaveCount(0);
		const link = status.getByRole('link', { name: suggestion });
		await expect(link).toHaveAttribute('href', `/search/?q=${encodeURIComponent(suggestion).replace(/%20/g, '+')}`);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`\\?q=${suggestion.replace(' ', '\\+')}$`));
		await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue(suggestion);
		await expect(page.locator('.search-hit-title').first()).toHaveAttribute('href', first);
	}
});

test('the dialog searches a body-only word as typed and offers spellings the same way', async ({ page }) => {
	await page.goto('/concepts/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	const input = dialog.getByRole('searchbox');
	const status = dialog.locator('[data-search-dialog-status]');
	await input.fill('factory');
	await expect(dialog).toHaveAttribute('data-results-for', 'factory', { timeout: 15_000 });
	await expect(status).toContainText('result');
	await expect(status.getByRole('link')).toHaveCount(0);
	expect(
		await dialog.locator('.search-hit-title').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
	).toContain('/cases/ludhiana/');
	await input.fill('absorbtive capacity');
	await expect(status).toHaveText('No results for “absorbtive capacity”. Did you mean absorptive capacity?', {
		timeout: 15_000,
	});
	await status.getByRole('link', { name: 'absorptive capacity' }).click();
	await expect(input).toHaveValue('absorptive capacity');
	await expect(dialog.locator('.search-hit-title').first()).toHaveAttribute('href', '/concepts/absorptive-capacity/');
});

test('the first ten results show at once; more load on request, and focus moves to them', async ({ page }) => {
	await page.goto('/search/?q=upgrading');
	const status = page.locator('[data-search-status]');
	await expect(status).toContainText(/^\d+ results for/, { timeout: 15_000 });
	const total = Number(/^(\d+)/.exec((await status.textContent())!)![1]);
	expect(total).toBeGreaterThan(20);
	await expect(page.locator('.search-hit')).toHaveCount(10);
	const more = page.getByRole('button', { name: 'Show 10 more results' });
	await more.click();
	await expect(page.locator('.search-hit')).toHaveCount(20);
	await expect(page.locator('.search-hit').nth(10).locator('a').first()).toBeFocused();
	// Titles are not repeated across pages of results.
	const urls = await page.locator('.search-hit-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(new Set(urls).size).toBe(urls.length);
});

test('typing in the dialog stays in the quick-find index: an unfinished word is not taken for a misspelling', async ({
	page,
}) => {
	const fullText: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/pagefind/')) fullText.push(r.url());
	});
	await page.goto('/cases/sialkot/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	const input = dialog.getByRole('searchbox', { name: 'Search the site' });
	await input.pressSequentially('absorptive capac', { delay: 90 });
	await expect(dialog.locator('.search-hit-title').first()).toHaveAttribute('href', '/concepts/absorptive-capacity/');
	await expect(dialog.locator('.search-suggestion')).toHaveCount(0);
	// Neither the full-text index nor the spelling vocabulary was needed.
	expect(fullText).toEqual([]);
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
		expect(
			await page.evaluate(
				() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body,
			),
		).toBe(true);
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

test('the header button builds and opens the dialog; its link carries the query to the search page', async ({
	page,
}) => {
	await page.goto('/concepts/');
	// The page does not carry the dialog: its code builds it on the first opening, once.
	await expect(page.locator('dialog')).toHaveCount(0);
	await page.getByRole('button', { name: /Search/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	await expect(dialog.getByRole('searchbox', { name: 'Search the site' })).toBeFocused();
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: /Search/ }).click();
	await expect(page.locator('dialog')).toHaveCount(1);
	await dialog.getByRole('searchbox').fill('GMP');
	await expect(dialog.locator('.search-hit-title').first()).toBeVisible();
	await dialog.getByRole('link', { name: 'All results, with filters' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=GMP$/);
	await expect(page.locator('.search-hit-title').first()).toHaveAttribute('href', '/glossary/gmp/');
});

test('the dialog counts the results it shows, not a total the search page would contradict', async ({ page }) => {
	await page.goto('/concepts/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	// "upgrading" is in the outlines of dozens of pages: the dialog shows a handful, the search page all.
	await dialog.getByRole('searchbox').fill('upgrading');
	await expect(dialog).toHaveAttribute('data-results-for', 'upgrading');
	const shown = await dialog.locator('.search-hit').count();
	expect(shown).toBeGreaterThan(1);
	await expect(dialog.locator('[data-search-dialog-status]')).toHaveText(
		`${shown} results shown. Use the arrow keys to move through them.`,
	);
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

test('when the search index cannot load, the page and the dialog say so instead of searching forever', async ({
	browser,
}) => {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	await context.route('**/pagefind/pagefind.js', (route) => route.abort('internetdisconnected'));
	const page = await context.newPage();
	// Without the full text, the outlines' results stand on their own.
	await page.goto('/search/?q=joint+action');
	await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? for “joint action”$/);
	await expect(page.locator('.search-hit-title').first()).toHaveAttribute('href', '/concepts/joint-action/');
	// Without either index, the page says so.
	await context.route('**/quick-find.json', (route) => route.abort('internetdisconnected'));
	await page.goto('/search/?q=joint+action');
	await expect(page.locator('[data-search-status]')).toHaveText(/Search could not load/);
	await expect(page.locator('[data-search-results] li')).toHaveCount(0);

	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	await dialog.getByRole('searchbox').fill('joint action');
	await expect(dialog.locator('[data-search-dialog-status]')).toHaveText(/Search could not load/);
	await context.close();
});

test('in the dialog, a page found by another of its names says so in its excerpt ("Also known as:"); a word it only answers to is no name', async ({
	page,
}) => {
	await page.goto('/concepts/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	const input = dialog.getByRole('searchbox');
	await input.fill('trade associations');
	const associations = dialog
		.locator('.search-hit')
		.filter({ has: page.locator('a[href="/concepts/business-associations/"]') });
	await expect(associations.locator('.search-hit-excerpt')).toContainText('Also known as: trade associations');
	// "GVCs", a name the paper does not write, finds the page among the words it answers to, and is not shown as a name.
	await input.fill('GVCs');
	const chains = dialog
		.locator('.search-hit')
		.filter({ has: page.locator('a[href="/concepts/global-value-chains/"]') });
	await expect(dialog).toHaveAttribute('data-results-for', 'GVCs');
	await expect(chains.locator('.search-hit-excerpt')).toBeVisible();
	await expect(chains.locator('.search-hit-excerpt')).not.toContainText('Also known as');
	const brainDrain = dialog.locator('.search-hit').filter({ has: page.locator('a[href="/concepts/brain-drain/"]') });
	// "Brain gain" finds the page (a search term of it), but the page is not "also known as" brain gain.
	await input.fill('brain gain');
	await expect(dialog).toHaveAttribute('data-results-for', 'brain gain');
	await expect(brainDrain.locator('.search-hit-excerpt')).toBeVisible();
	await expect(brainDrain.locator('.search-hit-excerpt')).not.toContainText('Also known as');
});
