/**
 * The charts of the paper's figures, in the built site: on /charts/ and on
 * case pages, every chart is drawn and tabled without JavaScript, its text
 * is 12 px or more as the browser draws it (font size times the SVG's scale
 * to the screen) on a 390 px phone and a 1366 px desktop, the page does not
 * scroll sideways on the phone, and axe finds nothing in either theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const chartsPage = '/charts/';
const casePage = '/cases/african-clusters/';

/** For each chart on the page: its id, how many drawings show, its smallest text in screen px, and its table's size. */
async function measureCharts(page: Page) {
	return page.locator('section.chart-section').evaluateAll((sections) =>
		sections.map((section) => {
			const svgs = [...section.querySelectorAll('svg.chart-svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
			const sizes = svgs.flatMap((svg) =>
				[...svg.querySelectorAll('text')]
					.filter((t) => (t.textContent ?? '').trim() !== '')
					.map((t) => {
						const m = (t as SVGGraphicsElement).getScreenCTM()!;
						return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
					}),
			);
			return {
				id: section.getAttribute('aria-labelledby'),
				drawings: svgs.length,
				texts: sizes.length,
				smallest: Math.min(...sizes),
				rows: section.querySelectorAll('table tbody tr th[scope="row"]').length,
				bars: svgs[0]?.querySelectorAll(':scope > rect.chart-bar').length ?? 0,
			};
		}),
	);
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('/charts/ shows every chart with its drawing, caption and table, each at its own anchor', async ({ page }) => {
		await page.goto(chartsPage);
		const charts = await measureCharts(page);
		expect(charts.length).toBeGreaterThanOrEqual(9);
		for (const chart of charts) {
			expect(chart.drawings, `${chart.id}: one drawing`).toBe(1);
			expect(chart.rows, `${chart.id}: a table row per bar`).toBe(chart.bars);
			expect(chart.rows).toBeGreaterThan(0);
		}
		for (const id of ['sialkot-exports', 'bangalore-population', 'india-kenya-enrolment', 'african-literacy']) {
			await expect(page.locator(`h2#${id}`)).toHaveCount(1);
			await expect(page.locator(`nav a[href="/charts/#${id}"]`)).toHaveCount(1);
		}
		// The drawing is named and described by the heading and summary beside it.
		const svg = page.locator('section[aria-labelledby="sialkot-exports"] svg');
		await expect(svg).toHaveAttribute('role', 'img');
		await expect(svg).toHaveAccessibleName("Sialkot's exports before the FDA ban and in 1996");
		await expect(page.locator('section[aria-labelledby="sialkot-exports"] table')).toContainText('125 million');
		await expect(page.locator('section[aria-labelledby="india-kenya-enrolment"] figcaption a[href="/paper/#african-clusters"]')).toHaveCount(1);
	});

	test('a case page shows the charts that name it, near its key figures', async ({ page }) => {
		await page.goto(casePage);
		const section = page.locator('section[aria-labelledby="case-charts"]');
		await expect(section.locator('h3')).toHaveText(['Adult literacy in Benin, Ghana and Kenya', 'Literacy in India and Kenya', 'School enrolment in India and Kenya']);
		await expect(section.locator('svg[role="img"]')).toHaveCount(3);
		await expect(section.locator('table')).toHaveCount(3);
		const order = await page.locator('.relations > section > h2').evaluateAll((hs) => hs.map((h) => h.id));
		expect(order.indexOf('case-charts')).toBe(order.indexOf('key-figures') + 1);
	});
});

for (const width of [390, 1366]) {
	test(`chart text is 12 px or more at ${width} px, and the page never scrolls sideways`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		const problems: string[] = [];
		for (const path of [chartsPage, casePage, '/cases/bangalore/', '/cases/sialkot/']) {
			await page.goto(path);
			for (const chart of await measureCharts(page)) {
				if (chart.drawings !== 1) problems.push(`${path} ${chart.id}: ${chart.drawings} drawings shown`);
				else if (!(chart.texts > 0 && chart.smallest >= 12)) problems.push(`${path} ${chart.id}: smallest text ${chart.smallest.toFixed(1)} px`);
			}
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			if (overflow > 0) problems.push(`${path}: page scrolls sideways by ${overflow} px`);
		}
		expect(problems).toEqual([]);
	});
}

for (const scheme of ['light', 'dark'] as const) {
	test(`axe finds no violation on /charts/ and a case page, ${scheme} theme`, async ({ page }) => {
		test.setTimeout(240_000);
		await page.emulateMedia({ colorScheme: scheme });
		const failures: string[] = [];
		for (const path of [chartsPage, casePage]) {
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
			for (const v of violations) failures.push(`${path} (${scheme}): ${v.id} ${v.help} e.g. ${v.nodes[0]?.target.join(' ')}`);
		}
		expect(failures).toEqual([]);
	});
}

test('the bars take the theme colours: different in light and dark, never the page background', async ({ page }) => {
	const colours: Record<string, string[]> = {};
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(chartsPage);
		colours[scheme] = await page
			.locator('section[aria-labelledby="india-kenya-enrolment"] svg > rect.chart-bar')
			.evaluateAll((rects) => rects.slice(0, 3).map((r) => getComputedStyle(r).stroke));
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(colours[scheme]).not.toContain(background);
		expect(new Set(colours[scheme]).size, 'the three series differ in colour too').toBe(3);
	}
	expect(colours.light).not.toEqual(colours.dark);
});
