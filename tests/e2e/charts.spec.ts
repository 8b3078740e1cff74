/**
 * The charts of the paper's figures, in the built site: on /charts/ and on
 * case pages, every chart is drawn and tabled without JavaScript, its text
 * is 12 px or more as the browser draws it (font size times the SVG's scale
 * to the screen) on a 390 px phone and a 1366 px desktop, the page does not
 * scroll sideways on the phone, and axe finds nothing in either theme.
 */
import { expect, test, type Page } from '@playwright/test';
import { smallestTextPerDrawing, textSizeProblems } from '../helpers/svg-text';

const chartsPage = '/charts/';
const casePage = '/cases/african-clusters/';

/** For each chart on the page: its id, its shown drawings with their smallest text, and the sizes of its table and of its shown drawing. */
async function measureCharts(page: Page) {
	const charts = [];
	for (const section of await page.locator('section.chart-section').all()) {
		charts.push({
			id: await section.getAttribute('aria-labelledby'),
			drawings: await smallestTextPerDrawing(section, 'svg.chart-svg'),
			rows: await section.locator('table tbody tr th[scope="row"]').count(),
			bars: await section.locator('svg.chart-svg:visible > rect.chart-bar').count(),
		});
	}
	return charts;
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('/charts/ shows every chart with its drawing, caption and table, each at its own anchor', async ({ page }) => {
		await page.goto(chartsPage);
		const charts = await measureCharts(page);
		expect(charts.length).toBeGreaterThanOrEqual(9);
		for (const chart of charts) {
			expect(chart.drawings.length, `${chart.id}: one drawing`).toBe(1);
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
		await expect(
			page.locator('section[aria-labelledby="india-kenya-enrolment"] figcaption a[href="/paper/#african-clusters"]'),
		).toHaveCount(1);
	});

	test('a case page shows the charts that name it, near its key figures', async ({ page }) => {
		await page.goto(casePage);
		const section = page.locator('section[aria-labelledby="case-charts"]');
		await expect(section.locator('h3')).toHaveText([
			'Adult literacy in Benin, Ghana and Kenya',
			'Literacy in India and Kenya',
			'School enrolment in India and Kenya',
		]);
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
			const charts = await measureCharts(page);
			if (charts.length === 0) problems.push(`${path}: no chart found`);
			for (const chart of charts) {
				if (chart.drawings.length !== 1) problems.push(`${path} ${chart.id}: ${chart.drawings.length} drawings shown`);
				else problems.push(...textSizeProblems(chart.drawings, 12).map((problem) => `${path} ${chart.id}: ${problem}`));
			}
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			if (overflow > 0) problems.push(`${path}: page scrolls sideways by ${overflow} px`);
		}
		expect(problems).toEqual([]);
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
