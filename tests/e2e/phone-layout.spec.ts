/**
 * Pages of diagrams, maps and tables on a 390 px phone, as the browser lays
 * them out from dist/: no sideways scrolling of the page, and flowcharts
 * that open at their start with nothing cut off (the Sialkot one fitting
 * the column whole). The table and the markers of the cluster map are
 * checked in cluster-map.spec.ts, the concept map in concept-map.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { t } from '../../src/i18n/ui';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** How far the page scrolls sideways, in px (0 when it does not). */
const sidewaysScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** How far the scroll box of a table (`.table-scroll`) scrolls sideways, in px (0 when the table fits it). */
const tableScroll = (page: Page, table: string) =>
	page.locator(`.table-scroll:has(${table})`).evaluate((box) => box.scrollWidth - box.clientWidth);

// The Spanish concept page of Table 1 holds the one table in a page's text, with the longest words.
for (const path of [
	'/cases/sialkot/',
	'/map/concepts/',
	'/map/clusters/',
	'/cases/',
	'/es/concepts/cluster-taxonomy/',
]) {
	test(`${path} does not scroll sideways at 390 px`, async ({ page }) => {
		await page.goto(path);
		expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
	});
}

// The French session plan had the widest labels ("0 h 10–0 h 50", "Auto-évaluation"): 68 px too wide for its box.
test('a session plan fits the phone without scrolling in its box, its columns lined up, every cell kept', async ({
	page,
}) => {
	await page.goto('/fr/paths/institutions-that-deliver-training/');
	expect(await tableScroll(page, 'table.session-plan')).toBeLessThanOrEqual(0);
	// Each step's time, name and length sit in the columns of the header's, what happens under them.
	const lefts = (selector: string) =>
		page.locator(selector).evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().left)));
	const steps = await page.locator('table.session-plan tbody tr').count();
	for (const column of [1, 2, 3])
		expect(new Set(await lefts(`table.session-plan tr > :nth-child(${column})`)).size, `column ${column}`).toBe(1);
	expect(await lefts('table.session-plan tbody tr > :nth-child(4)')).toEqual(
		Array(steps).fill(await lefts('table.session-plan tbody tr > :nth-child(1)').then((l) => l[0])),
	);
	// Laid out as a grid, it is still a table to assistive technology: its headers and each step's name.
	const table = page.locator('table.session-plan');
	await expect(table.getByRole('columnheader')).toHaveCount(4);
	await expect(table.getByRole('rowheader')).toHaveCount(steps + 1);
});

// Table 1's table was 63 to 75 px too wide in its box in every edition ("Traditional manufacturing" beside two lists).
test("Table 1's table fits the phone, each row's heading across the width, and stays a table", async ({ page }) => {
	await page.goto('/es/taxonomy/');
	expect(await tableScroll(page, 'table.taxonomy-table')).toBeLessThanOrEqual(0);
	const table = page.locator('table.taxonomy-table');
	await expect(table.getByRole('columnheader')).toHaveCount(2);
	await expect(table.getByRole('rowheader')).toHaveCount(2);
	// The two cases of a row side by side, under its heading.
	const [heading, diversified, subcontractor] = await table
		.locator('tbody tr')
		.first()
		.locator(':scope > *')
		.evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect()));
	expect(diversified.top).toBeGreaterThanOrEqual(heading.bottom - 1);
	expect(subcontractor.top).toBe(diversified.top);
});

// The table of every cluster on /cases/ was over 630 px wide in its 358 px box, and some 19,900 px tall.
test("the table of every cluster stacks its rows on a phone, each cell named by its column in the page's language", async ({
	page,
}) => {
	await page.goto('/fr/cases/');
	expect(await tableScroll(page, 'table.clusters-table')).toBeLessThanOrEqual(0);
	const rows = page.locator('table.clusters-table tbody tr');
	expect(await rows.count()).toBeGreaterThan(10);
	const cells = await rows
		.first()
		.locator('td')
		.evaluateAll((tds) =>
			tds.map((td) => ({ top: td.getBoundingClientRect().top, label: getComputedStyle(td, '::before').content })),
		);
	// One line each, under the name; the label is the column's, with the colon French sets apart ("Où :").
	expect(cells.every((c, i) => i === 0 || c.top > cells[i - 1].top)).toBe(true);
	const columns = t('fr').cases.clusterTable.columns;
	expect(cells.map((c) => c.label)).toEqual(
		[columns.where, columns.sector, columns.type, columns.pages].map((name) => `"${t('fr').labelled(name)} "`),
	);
});

/**
 * For each flowchart shown on the page, with its box at scroll 0: where its
 * nodes are against the box. `cut` lists the nodes that start left of the
 * box's content or end beyond what its scrolling can reach; `startShown`
 * says whether the reading's start, the first node (in Mermaid's source
 * order, which its ids number) that no solid arrow points at, lies wholly
 * within the visible part of the box.
 */
function flowchartPlacement(page: Page) {
	return page.locator('figure.diagram .diagram-svg:visible').evaluateAll((boxes) =>
		boxes.map((box) => {
			box.scrollLeft = 0;
			const svg = box.querySelector('svg')!;
			const frame = box.getBoundingClientRect();
			const left = frame.left + box.clientLeft;
			const visibleRight = left + box.clientWidth;
			const reachRight = left + box.scrollWidth;
			const nodes = [...svg.querySelectorAll('g.node')].map((g) => {
				const r = g.getBoundingClientRect();
				return { id: g.id, order: Number(g.id.split('-').at(-1)), r };
			});
			// Where each solid arrow ends, on screen: the node it points at is the one that end is next to (a dotted arrow closes a loop).
			const arrows = svg.querySelectorAll<SVGPathElement>('path.flowchart-link:not(.edge-pattern-dotted)');
			const ends = [...arrows].map((p) => {
				const end = p.getPointAtLength(p.getTotalLength());
				const m = p.getScreenCTM()!;
				return { x: m.a * end.x + m.c * end.y + m.e, y: m.b * end.x + m.d * end.y + m.f };
			});
			const distance = (r: DOMRect, x: number, y: number) =>
				Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
			const target = (r: DOMRect) => ends.some((e) => distance(r, e.x, e.y) < 12);
			const entry = nodes.filter((n) => !target(n.r)).sort((a, b) => a.order - b.order)[0];
			return {
				title: box.closest('figure')!.querySelector('figcaption')!.textContent!.trim(),
				nodes: nodes.length,
				scrolls: box.scrollWidth > box.clientWidth + 1,
				startShown: entry !== undefined && entry.r.left >= left - 0.5 && entry.r.right <= visibleRight + 0.5,
				cut: nodes.filter((n) => n.r.left < left - 0.5 || n.r.right > reachRight + 0.5).map((n) => n.id),
			};
		}),
	);
}

test('the Sialkot flowchart fits the phone: its start at the top left, every node within the box', async ({ page }) => {
	await page.goto('/cases/sialkot/');
	const [chart, ...others] = await flowchartPlacement(page);
	expect(others).toEqual([]);
	expect(chart.nodes).toBeGreaterThan(10);
	expect(chart).toMatchObject({ scrolls: false, startShown: true, cut: [] });
});

test('every flowchart opens at its start with nothing cut off, on the pages with the most and the widest', async ({
	page,
}) => {
	test.setTimeout(120_000);
	const problems: string[] = [];
	// The widest drawings on a phone, down and across, and pages of one and two layouts.
	for (const path of [
		'/cases/bangalore/',
		'/cases/ludhiana/',
		'/concepts/skills/',
		'/concepts/winners-and-losers/',
		'/concepts/functional-upgrading/',
		'/recommendations/gradual-cooperation/',
	]) {
		await page.goto(path);
		const charts = await flowchartPlacement(page);
		if (charts.length === 0) problems.push(`${path}: no flowchart shown`);
		for (const c of charts) {
			if (c.nodes === 0) problems.push(`${path} "${c.title}": no node found`);
			if (!c.startShown) problems.push(`${path} "${c.title}": its start is not in view at scroll 0`);
			if (c.cut.length > 0) problems.push(`${path} "${c.title}": nodes out of reach: ${c.cut.join(', ')}`);
		}
	}
	expect(problems).toEqual([]);
});

test('the case comparison scrolls sideways under row labels that stay in view, each case in a readable column', async ({
	page,
}) => {
	await page.goto('/cases/');
	const region = page.getByRole('region', { name: 'The five cases compared' });
	const label = region.getByRole('rowheader', { name: 'Turning point' });
	const sinos = region.getByRole('cell', { name: /^1980s; China ends/ });
	const before = await label.boundingBox();
	await sinos.scrollIntoViewIfNeeded();
	// The region scrolled to bring a later case into view; the row's label has not moved.
	expect(await region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(100);
	// (Within a pixel: a sticky cell snaps to a whole pixel.)
	expect(Math.abs((await label.boundingBox())!.x - before!.x)).toBeLessThanOrEqual(1);
	await expect(sinos).toBeInViewport();
	expect((await sinos.boundingBox())!.width).toBeGreaterThanOrEqual(190);
});

test('the search button shows its "/" key only where there is a keyboard to press it', async ({ page, browser }) => {
	await page.goto('/lessons/');
	const button = page.locator('.search-open');
	await expect(button).toBeVisible();
	await expect(button.locator('kbd')).toBeHidden();
	const desktop = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		isMobile: false,
		hasTouch: false,
	});
	const wide = await desktop.newPage();
	await wide.goto('/lessons/');
	await expect(wide.locator('.search-open kbd')).toBeVisible();
	await desktop.close();
});
