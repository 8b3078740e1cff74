import { expect, test } from '@playwright/test';
import { t } from '../../src/i18n/ui';
import { locales, publishedLanguages } from '../../src/i18n/languages';

const lessonSequence = t().entry.sequences.lessons;

test('home → concept → case → lesson and back', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skills for industrial clusters');
	await page.getByRole('main').getByRole('link', { name: 'Collective efficiency', exact: true }).click();
	await expect(page).toHaveURL(/\/concepts\/collective-efficiency\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collective efficiency');

	// The concept page is also its tag page: it lists the case studies tagged with it.
	const cases = page.locator('#tagged-cases + .entry-list a.entry-title');
	await expect(cases.first()).toBeVisible();
	const caseTitle = (await cases.first().textContent())!.trim();
	await cases.first().click();
	await expect(page).toHaveURL(/\/cases\/[a-z-]+\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(caseTitle);

	const lesson = page.locator('#case-lessons + .entry-list a.entry-title').first();
	const lessonTitle = (await lesson.textContent())!.trim();
	await lesson.click();
	await expect(page).toHaveURL(/\/lessons\/[a-z-]+\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitle);

	// Breadcrumbs lead back to the case, then to the lessons index.
	const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
	await crumbs.getByRole('link', { name: caseTitle }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(caseTitle);
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitle);
	await crumbs.getByRole('link', { name: 'Lessons' }).click();
	await expect(page).toHaveURL(/\/lessons\/$/);
});

test('a concept page lists every entry tagged with it', async ({ page }) => {
	await page.goto('/concepts/process-upgrading/');
	const tagged = page.locator('#tagged-cases + .entry-list');
	await expect(tagged.getByRole('link', { name: 'The Sialkot surgical instruments cluster' })).toBeVisible();
	// And the case page shows the tag that links back.
	await page.goto('/cases/sialkot/');
	await expect(
		page.getByRole('navigation', { name: 'Concepts' }).getByRole('link', { name: 'Process upgrading' }),
	).toBeVisible();
});

test("a case page lists its lessons in the paper's order, with previous and next", async ({ page }) => {
	await page.goto('/cases/sialkot/');
	const lessons = page.locator('#case-lessons + .entry-list a.entry-title');
	await expect(lessons).toHaveCount(6);
	await lessons.nth(0).click();
	await expect(page).toHaveURL(/\/lessons\/sialkot-employer-led-training\/$/);
	await page
		.getByRole('navigation', { name: lessonSequence.name })
		.getByRole('link', { name: new RegExp(`^${lessonSequence.next}`) })
		.click();
	await expect(page).toHaveURL(/\/lessons\/sialkot-threat-creates-demand\/$/);
});

test('heading anchors are stable links to their section', async ({ page }) => {
	await page.goto('/concepts/upgrading/#three-kinds-of-upgrading');
	const heading = page.locator('h2#three-kinds-of-upgrading');
	await expect(heading).toBeInViewport();
	await expect(heading.locator('a.heading-anchor')).toHaveAttribute('href', '#three-kinds-of-upgrading');
	// The table of contents links to the same ids.
	await expect(
		page.getByRole('navigation', { name: 'On this page' }).locator('a[href="#three-kinds-of-upgrading"]'),
	).toHaveCount(1);
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/concepts/joint-action/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
});

test('the recommendations can be narrowed by cluster type and actor without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/recommendations/');
	await page.getByRole('link', { name: /^High-tech, diversified \(\d+\)$/ }).click();
	await expect(page).toHaveURL(/#cell-high-tech-diversified$/);
	const list = page.locator('#cell-high-tech-diversified + .entry-list');
	await expect(list.getByRole('link', { name: /./ }).first()).toBeVisible();
	await context.close();
});

test('every institution and abbreviation has a glossary page listing the pages that mention it', async ({ page }) => {
	await page.goto('/glossary/');
	await page.getByRole('link', { name: /^SIMA: / }).click();
	await expect(page).toHaveURL(/\/glossary\/sima\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('SIMA');
	await expect(
		page.locator('#mentioned-on + .entry-list').getByRole('link', { name: 'The Sialkot surgical instruments cluster' }),
	).toBeVisible();
	// Case pages link their institutions to these pages.
	await page.goto('/cases/sialkot/');
	await expect(page.locator('#case-organizations + ul a[href="/glossary/sima/"]')).toHaveCount(1);
});

test.describe('the main navigation leads to reading, seeing the whole and teaching', () => {
	const site = t().site;
	// The destinations, then saving the site for offline reading (with the teaching pages).
	const expected = [...Object.values(site.nav), t().offline.footerLink];

	test('at 1366 px every destination shows in one row of three groups', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 800 });
		await page.goto('/charts/');
		const nav = page.getByRole('navigation', { name: site.mainNav });
		await expect(nav.getByRole('list', { name: site.navGroups.teach })).toBeVisible();
		const links = nav.getByRole('link');
		await expect(links).toHaveText(expected);
		for (const link of await links.all()) await expect(link).toBeInViewport();
		// The charts belong to the maps and charts.
		await expect(nav.getByRole('link', { name: site.nav.maps })).toHaveAttribute('data-current-section', '');
	});

	test('where the groups wrap (French at 1366 px), a row starts with a group, not with a separator', async ({
		page,
	}) => {
		test.skip(!publishedLanguages.includes('fr'), 'the French edition is not built');
		await page.setViewportSize({ width: 1366, height: 800 });
		await page.goto('/fr/charts/');
		const nav = (await page.locator('.site-nav').boundingBox())!;
		const groups = await Promise.all(
			(await page.locator('.nav-groups > .nav-group:visible').all()).map((g) => g.boundingBox()),
		);
		const rows = Map.groupBy(
			groups.map((g) => g!),
			(g) => Math.round(g.y),
		);
		// The French labels need two rows; each row's first group keeps its separator left of the nav, clipped.
		expect(rows.size).toBe(2);
		for (const row of rows.values()) {
			expect(row[0].x).toBeLessThan(nav.x);
			expect(row[0].x + row[0].width).toBeGreaterThan(nav.x);
		}
		// The links themselves stay whole inside the nav.
		for (const link of await page.locator('.nav-groups > .nav-group:visible a').all()) {
			const b = (await link.boundingBox())!;
			expect(b.x).toBeGreaterThanOrEqual(nav.x);
			expect(b.x + b.width).toBeLessThanOrEqual(nav.x + nav.width);
		}
	});

	test('at 390 px the menu opens on every destination', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto('/glossary/sima/');
		const nav = page.getByRole('navigation', { name: site.mainNav });
		await expect(nav.getByRole('link', { name: site.nav.paths })).toBeHidden();
		await nav.getByText(site.menu).click();
		// Every destination, then the page in each edition (the phone's place for the language switcher).
		const editions = publishedLanguages.length > 1 ? publishedLanguages.map((l) => locales[l].name) : [];
		await expect(nav.getByRole('link')).toHaveText([...expected, ...editions]);
		await expect(nav.getByRole('link', { name: site.nav.glossary })).toHaveAttribute('data-current-section', '');
		await nav.getByRole('link', { name: site.nav.forTrainers }).click();
		await expect(page).toHaveURL(/\/for-trainers\/$/);
	});
});

test.describe('a long page on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('"On this page" stays at hand while reading, opens to its list, and leads back to the top', async ({ page }) => {
		await page.goto('/cases/sialkot/');
		const toc = page.getByRole('navigation', { name: 'On this page' });
		const list = toc.locator('ol');
		// Folded to one line at first: the text is not pushed down by the list.
		await expect(list).toBeHidden();
		const barHeight = (await toc.boundingBox())!.height;
		expect(barHeight).toBeLessThan(60);
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
		// Still on screen, at its top, halfway down the page.
		await expect(toc).toBeInViewport();
		expect((await toc.boundingBox())!.y).toBeLessThanOrEqual(1);
		await toc.getByText('On this page').tap();
		await expect(list).toBeVisible();
		const link = list.getByRole('link').nth(2);
		const target = (await link.getAttribute('href'))!;
		await link.tap();
		await expect(page).toHaveURL(new RegExp(`${target}$`));
		// The list folds again, and the heading is not hidden under the bar.
		await expect(list).toBeHidden();
		const heading = page.locator(target);
		await expect(heading).toBeInViewport();
		expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual((await toc.boundingBox())!.height - 1);
		await toc.getByRole('link', { name: 'Back to top' }).tap();
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200);
	});

	test('a paragraph\'s "¶" stays out of sight until the paragraph is tapped', async ({ page }) => {
		await page.goto('/concepts/joint-action/');
		const paragraph = page.locator('.prose > p[id]').first();
		const mark = paragraph.locator('a.block-anchor');
		const opacity = () => mark.evaluate((a) => getComputedStyle(a).opacity);
		expect(await opacity()).toBe('0');
		await paragraph.scrollIntoViewIfNeeded();
		// A point of the paragraph's text that is not a link (a tap there would navigate).
		const point = await paragraph.evaluate((p) => {
			const box = p.getBoundingClientRect();
			for (let y = box.top + 4; y < box.bottom; y += 6)
				for (let x = box.left + 4; x < box.right; x += 12) {
					const hit = document.elementFromPoint(x, y);
					if (hit === p) return { x, y };
				}
			return undefined;
		});
		expect(point).toBeDefined();
		await page.touchscreen.tap(point!.x, point!.y);
		await expect.poll(opacity).toBe('1');
	});
});

test.describe('one clear "next" on a unit of a learning path', () => {
	const words = t().paths;
	const unit = '/lessons/sialkot-soft-technologies/';

	test("came through the path: the path's next step leads the foot of the page, the paper's order stays labelled", async ({
		page,
	}) => {
		await page.goto('/paths/when-a-crisis-forces-learning/');
		await page.locator(`.path-units a[href="${unit}"]`).click();
		await expect(page).toHaveURL(new RegExp(`${unit}$`));
		// The lead is added by the page's script once it runs: find it by its own class, not by position.
		const lead = page.locator('nav.path-next').getByRole('link');
		await expect(page.locator('nav.path-next')).toHaveAttribute('aria-label', words.membership);
		await expect(lead).toHaveText(new RegExp(`^${words.nextInPath}`));
		// The same step as the path box says, and it comes before the paper's order.
		const boxNext = await page.locator('.path-membership [data-path-next]').getAttribute('href');
		await expect(lead).toHaveAttribute('href', boxNext!);
		const paperOrder = page.getByRole('navigation', { name: lessonSequence.name });
		await expect(paperOrder.getByRole('link', { name: new RegExp(`^${lessonSequence.next}`) })).toBeVisible();
		expect((await lead.boundingBox())!.y).toBeLessThan((await paperOrder.boundingBox())!.y);
	});

	test('opened directly: only the two labelled sequences, as built', async ({ page }) => {
		await page.goto(unit);
		await expect(page.locator('nav.path-next')).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: lessonSequence.name })).toBeVisible();
	});
});

test('the home page leads into reading, searching and teaching, with the maps and the paths in view at 1366 px', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/');
	const main = page.getByRole('main');
	await expect(main.getByRole('link', { name: t().maps.conceptMap.title, exact: true })).toBeInViewport();
	await expect(main.getByRole('link', { name: t().maps.clusterMap.title, exact: true })).toBeInViewport();
	await expect(main.locator('.home-paths a').first()).toBeInViewport();
	// A search box of its own, which works as a plain form.
	const search = main.getByRole('search');
	await search.getByRole('searchbox').fill('joint action');
	await search.getByRole('button').click();
	await expect(page).toHaveURL(/\/search\/\?q=joint\+action$/);
});
