/**
 * The concept map (/map/concepts/) and the neighbourhood picture of concept
 * pages, against the built site: drawn without JavaScript, one drawing
 * shown per width, text 12 px or more as rendered at 390 and 1366 px, every
 * node a working link with room to touch and a visible focus, and no
 * sideways scrolling of the page on a phone. (Axe runs on these pages in
 * page-sample.spec.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { samplePages } from '../helpers/sample-pages';
import { smallestTextPerDrawing, textSizeProblems } from '../helpers/svg-text';

const mapPage = '/map/concepts/';
const dist = join(import.meta.dirname, '..', '..', 'dist');
const conceptPages = readdirSync(join(dist, 'concepts'), { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => `/concepts/${d.name}/`);
const pictures = '.cm-svg, .nb-svg';

/** How many nodes the neighbourhood drawing of each concept page links, by path. */
const neighbourCount = new Map(
	conceptPages.map((path) => [
		path,
		selectAll('svg.nb-svg a', fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'))).length,
	]),
);
const neighbours = (path: string) => neighbourCount.get(path)!;
/**
 * The concept pages whose neighbourhoods are measured in the browser: those
 * of the page sample, and the ones with the fewest and the most neighbours
 * (every neighbourhood is drawn by one layout at one width; its height grows
 * with the neighbours).
 */
const byNeighbours = [...conceptPages].sort((a, b) => neighbours(a) - neighbours(b));
const neighbourhoodSample = [
	...new Set([...samplePages.filter((p) => conceptPages.includes(p)), byNeighbours[0], byNeighbours.at(-1)!]),
];

test('the site has concept pages to check', () => {
	expect(conceptPages.length).toBeGreaterThan(40);
	expect(neighbours(byNeighbours.at(-1)!)).toBeGreaterThan(neighbours(byNeighbours[0]));
});

test('the map and the neighbourhoods are drawn without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const width of [390, 1366]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(mapPage);
		await expect(page.locator('.cm-svg:visible')).toHaveCount(1);
		expect(await page.locator('.cm-svg:visible a').count()).toBeGreaterThan(40);
		await page.goto('/concepts/joint-action/');
		await expect(page.locator('.nb-svg:visible')).toHaveCount(1);
	}
	await context.close();
});

for (const width of [390, 1366]) {
	test(`text in the pictures is 12 px or more at ${width} px, one map drawing shown, no page overflow`, async ({
		page,
	}) => {
		test.setTimeout(180_000);
		await page.setViewportSize({ width, height: 900 });
		const problems: string[] = [];
		for (const path of [mapPage, ...neighbourhoodSample]) {
			await page.goto(path);
			const drawings = await smallestTextPerDrawing(page, pictures);
			if (drawings.length !== 1)
				problems.push(`${path}: ${drawings.length} pictures shown (${drawings.map((d) => d.name).join(', ')})`);
			problems.push(...textSizeProblems(drawings, 12).map((problem) => `${path}: ${problem}`));
			// The map page as a whole; on a concept page, the neighbourhood (other parts of those pages have their own tests).
			const overflow = await page.evaluate((whole) => {
				const right = whole
					? document.documentElement.scrollWidth
					: Math.max(
							...[...document.querySelectorAll('.nb-figure')].map(
								(f) => f.getBoundingClientRect().right + window.scrollX,
							),
						);
				return right - window.innerWidth;
			}, path === mapPage);
			if (overflow > 0) problems.push(`${path}: ${overflow} px wider than the screen`);
		}
		expect(problems).toEqual([]);
	});
}

test('every node of the map and of a neighbourhood links to an existing page, with room to touch', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 390, height: 900 });
	const hrefs = new Set<string>();
	for (const path of [mapPage, '/concepts/joint-action/', '/concepts/business-associations/']) {
		await page.goto(path);
		const links = await page.locator(`:is(${pictures}):visible a`).evaluateAll((as) =>
			as.map((a) => ({
				href: a.getAttribute('href'),
				name: a.textContent?.trim() ?? '',
				height: a.getBoundingClientRect().height,
			})),
		);
		expect(links.length).toBeGreaterThan(5);
		for (const link of links) {
			expect(link.href, path).toMatch(/^\/(concepts|cases|recommendations)\/[a-z0-9-]+\/$/);
			expect(link.name, link.href!).not.toBe('');
			expect(link.height, link.href!).toBeGreaterThanOrEqual(24);
			hrefs.add(link.href!);
		}
	}
	for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
	// The map reaches every concept.
	for (const path of conceptPages) expect(hrefs).toContain(path);
});

test('a node focused from the keyboard shows the focus colour', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto(mapPage);
	const first = page.locator('.cm-svg:visible a').first();
	await first.focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(first).toBeFocused();
	const plate = first.locator('rect');
	const { stroke, width } = await plate.evaluate((r) => ({
		stroke: getComputedStyle(r).stroke,
		width: getComputedStyle(r).strokeWidth,
	}));
	const focus = await page.evaluate(() => {
		const probe = document.createElement('span');
		probe.style.color = 'var(--focus)';
		document.body.append(probe);
		return getComputedStyle(probe).color;
	});
	expect(stroke).toBe(focus);
	expect(width).toBe('3px');
});
