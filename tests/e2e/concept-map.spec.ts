/**
 * The concept map (/map/concepts/) and the neighbourhood picture of concept
 * pages, against the built site: drawn without JavaScript, one drawing
 * shown per width, text 12 px or more as rendered at 390 and 1366 px, every
 * node a working link with room to touch and a visible focus, and no
 * sideways scrolling of the page on a phone. A box picks out its
 * neighbours on hover, keyboard focus and a first tap; the dashed lines
 * wait for their switch; a phone gets the list before the map. (Axe runs on
 * these pages in page-sample.spec.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { t } from '../../src/i18n/ui';
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

/**
 * The relations of each concept as the page's list states them (the list
 * is built from the same graph as the drawing): its related concepts and
 * those it is often tagged with, by path.
 */
const mapHtml = fromHtml(readFileSync(join(dist, 'map', 'concepts', 'index.html'), 'utf8'));
const relations = new Map<string, { related: string[]; shared: string[] }>();
for (const dl of selectAll('section.cm-relations dl', mapHtml)) {
	let current: { related: string[]; shared: string[] } | undefined;
	for (const child of dl.children) {
		if (child.type !== 'element') continue;
		const hrefs = selectAll('a', child).map((a) => String(a.properties.href));
		if (child.tagName === 'dt') relations.set(hrefs[0], (current = { related: [], shared: [] }));
		else if (current && hrefs.length > 0) {
			// The first list of a concept is its related concepts, unless it has none (then only the shared list is there).
			const text = toString(child);
			(text.startsWith(t().conceptMap.relatedTerm) ? current.related : current.shared).push(...hrefs);
		}
	}
}
/** A concept with related and shared neighbours, and a concept that is neither. */
const focal = [...relations].find(([, r]) => r.related.length >= 2 && r.shared.length >= 1)![0];
const { related: near, shared: sharedNear } = relations.get(focal)!;
const far = [...relations.keys()].find((p) => p !== focal && !near.includes(p) && !sharedNear.includes(p))!;

/** Opacity of the shown map's node linking to each path. */
const opacities = (page: Page, paths: string[]) =>
	page
		.locator('svg.cm-svg:visible')
		.evaluate(
			(svg, hrefs) => hrefs.map((href) => Number(getComputedStyle(svg.querySelector(`a[href="${href}"]`)!).opacity)),
			paths,
		);

/** The box of `focal` and its related neighbours stand out; an unrelated box fades; the full web of lines too. */
async function expectNeighbourhood(page: Page, withShared = false) {
	await expect.poll(() => opacities(page, [far])).toEqual([expect.closeTo(0.25, 1)]);
	expect(await opacities(page, [focal, ...near])).toEqual([focal, ...near].map(() => 1));
	const sharedOpacity = await opacities(
		page,
		sharedNear.filter((p) => !near.includes(p)),
	);
	for (const o of sharedOpacity) expect(o).toBe(withShared ? 1 : 0.25);
	const web = await page
		.locator('svg.cm-svg:visible path.cm-edge-related')
		.evaluate((p) => Number(getComputedStyle(p).opacity));
	expect(web).toBeLessThan(0.5);
	// The lines of the focal concept are drawn over the faded web, one segment per neighbour shown.
	const lines = await page
		.locator('svg.cm-svg:visible path.cm-edge-focus')
		.evaluate((p) => [(p.getAttribute('d') ?? '').split('M').length - 1, getComputedStyle(p).display]);
	expect(lines).toEqual([near.length + (withShared ? sharedNear.length : 0), 'inline']);
}

test('the concept map has a concept with related and shared neighbours to try', () => {
	expect(relations.size).toBeGreaterThan(40);
	expect(far).toBeDefined();
});

test('hovering a box picks out its neighbours and fades the rest; leaving it restores the map', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto(mapPage);
	await page.locator(`svg.cm-svg:visible a[href="${focal}"]`).hover();
	await expectNeighbourhood(page);
	await page.mouse.move(5, 5);
	await expect.poll(() => opacities(page, [far, ...near])).toEqual([far, ...near].map(() => 1));
});

test('focusing a box from the keyboard picks out its neighbours', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto(mapPage);
	const box = page.locator(`svg.cm-svg:visible a[href="${focal}"]`);
	await box.focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(box).toBeFocused();
	await expectNeighbourhood(page);
});

test('on a phone, a first tap on a box picks out its neighbours and a second opens it', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await page.goto(mapPage);
	const box = page.locator(`svg.cm-svg:visible a[href="${focal}"]`);
	await box.scrollIntoViewIfNeeded();
	await box.tap();
	await expectNeighbourhood(page);
	expect(new URL(page.url()).pathname).toBe(mapPage);
	await box.tap();
	await page.waitForURL(`**${focal}`);
	await context.close();
});

test('the dashed lines are off until the control turns them on, by keyboard, also without JavaScript', async ({
	browser,
}) => {
	for (const javaScriptEnabled of [true, false]) {
		for (const width of [390, 1366]) {
			const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
			const page = await context.newPage();
			await page.goto(mapPage);
			const dashed = page.locator('svg.cm-svg:visible path.cm-edge-shared');
			const shown = () => dashed.evaluate((p) => getComputedStyle(p).display !== 'none');
			expect(await shown()).toBe(false);
			const control = page.getByRole('checkbox', { name: t().conceptMap.sharedToggle }).filter({ visible: true });
			await expect(control).toHaveCount(1);
			await expect(control).not.toBeChecked();
			await control.focus();
			await page.keyboard.press('Space');
			await expect(control).toBeChecked();
			expect(await shown(), `${width} px, JavaScript ${javaScriptEnabled}`).toBe(true);
			await context.close();
		}
	}
});

test('with the dashed lines on, a box picks out the concepts it is often tagged with too', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto(mapPage);
	await page.getByRole('checkbox', { name: t().conceptMap.sharedToggle }).filter({ visible: true }).check();
	await page.locator(`svg.cm-svg:visible a[href="${focal}"]`).hover();
	await expectNeighbourhood(page, true);
});

test('on a phone the concept map page leads with the list of concepts, the map below it', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(mapPage);
	const top = (selector: string) =>
		page
			.locator(selector)
			.filter({ visible: true })
			.first()
			.evaluate((el) => el.getBoundingClientRect().top);
	const list = await top('section.cm-relations');
	const map = await top('svg.cm-svg');
	expect(list).toBeLessThan(map);
	// The map stays on the page, drawn for the phone (its text size is checked in concept-map.spec.ts).
	await expect(page.locator('svg.cm-svg').filter({ visible: true })).toHaveCount(1);
});
