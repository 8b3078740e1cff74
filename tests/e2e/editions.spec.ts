/**
 * The translated editions in a real browser, on a sample of each (not every
 * page three times: the English sample checks the templates they share):
 * the language switcher by keyboard and mouse, keeping the reader's
 * paragraph; search in the edition's language; axe and the 390 px checks.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { locales, publishedLanguages, sourceLanguage } from '../../src/i18n/languages';
import { t } from '../../src/i18n/ui';
import { searchStrings } from '../../src/i18n/search-ui';

const translated = publishedLanguages.filter((l) => l !== sourceLanguage);
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('on a phone the editions are a group of the menu, without JavaScript too', async ({ browser }) => {
	const [other] = translated;
	test.skip(!other, 'one edition only');
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled });
		const page = await context.newPage();
		await page.goto('/lessons/sialkot-soft-technologies/');
		await expect(page.locator('.language-menu')).toBeHidden();
		const nav = page.getByRole('navigation', { name: t().site.mainNav });
		await nav.locator('summary').click();
		const link = nav.getByRole('link', { name: locales[other!].name });
		await expect(link).toBeVisible();
		expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`/${other}/lessons/sialkot-soft-technologies/$`));
		await context.close();
	}
});

test('the switcher, by keyboard, leads to the same page in another edition and keeps the paragraph in view', async ({
	page,
}) => {
	const [other] = translated;
	test.skip(!other, 'one edition only');
	await page.setViewportSize({ width: 1366, height: 800 });
	await page.goto('/cases/sialkot/');
	// A paragraph halfway down, read at the top of the screen: the reader's place.
	const paragraph = page.locator('main p[id^="p-"]').nth(8);
	const id = await paragraph.getAttribute('id');
	await paragraph.evaluate((p) => p.scrollIntoView({ block: 'start' }));
	// The code that keeps the place loads on the first scroll; a reader reads on meanwhile, and scrolls again.
	await page.waitForLoadState('networkidle');
	await page.mouse.wheel(0, -5);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(500);
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	// Reaching the switcher in the header scrolls back up; the place is kept all the same.
	const menu = page.locator('.language-menu');
	await menu.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(menu).toHaveAttribute('open', '');
	const link = menu.getByRole('link', { name: locales[other!].name });
	await expect(link).toHaveAttribute('lang', other!);
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/${other}/cases/sialkot/#${id}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', other!);
	await expect(page.locator(`#${id}`)).toBeInViewport();
});

for (const language of translated) {
	const words = t(language);

	test(`${language}: the switcher names itself in the page's language and marks the current edition`, async ({
		page,
	}) => {
		await page.goto(`/${language}/concepts/joint-action/`);
		const summary = page.locator('.language-menu summary');
		await expect(summary).toHaveAccessibleName(words.site.languageMenu(locales[language].name));
		await summary.click();
		await expect(page.locator('.language-menu a[aria-current="true"]')).toHaveAttribute('lang', language);
		await page.locator('.language-menu').getByRole('link', { name: locales[sourceLanguage].name }).click();
		await expect(page).toHaveURL(/\/concepts\/joint-action\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test(`${language}: a linked search runs in the edition's index and finds the concept first`, async ({ page }) => {
		await page.goto(`/${language}/concepts/joint-action/`);
		const title = (await page.locator('main h1').textContent())?.trim();
		expect(title).toBeTruthy();
		await page.goto(`/${language}/search/?q=${encodeURIComponent(title!)}`);
		const first = page.locator('[data-search-results] .search-hit-title').first();
		await expect(first).toHaveAttribute('href', `/${language}/concepts/joint-action/`, { timeout: 15_000 });
	});

	test(`${language}: the header's search dialog, built on first opening, speaks the edition's language`, async ({
		page,
	}) => {
		await page.goto(`/${language}/concepts/joint-action/`);
		const dialogWords = searchStrings(language).dialog;
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: dialogWords.title });
		await expect(dialog.getByRole('searchbox', { name: dialogWords.inputLabel })).toBeFocused();
		await expect(dialog.getByRole('button', { name: dialogWords.close })).toBeVisible();
		await expect(dialog.getByRole('link', { name: dialogWords.allResults })).toHaveAttribute(
			'href',
			`/${language}/search/`,
		);
	});

	for (const path of ['/', '/concepts/joint-action/', '/cases/sialkot/', '/paths/when-a-crisis-forces-learning/'])
		test(`${language}: /${language}${path} at 390 px passes axe and touch targets, with no sideways scroll`, async ({
			page,
		}) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(`/${language}${path}`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, 'px the page scrolls sideways').toBeLessThanOrEqual(0);
			const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
			expect(violations.map((v) => `${v.id} ${v.help} e.g. ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
		});
}
