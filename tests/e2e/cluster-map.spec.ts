/**
 * The cluster map (/map/clusters/) and the Table 1 grid (/taxonomy/) as the
 * browser shows them from dist/: drawn without JavaScript, every marker and
 * cell a working link, text 12 px or more and targets 24 px or more at phone
 * and desktop widths, no sideways scrolling of the page on a phone, and no
 * axe violation in the light or the dark theme. On a phone the table of
 * clusters stacks its rows; markers carry their names where they fit.
 */
import { expect, test, type Page } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { smallestTextPerDrawing, textSizeProblems } from '../helpers/svg-text';

/** The ids of a page's elements, from its HTML. */
function idsOf(html: string): string[] {
	const ids: string[] = [];
	visit(fromHtml(html), 'element', (node) => {
		if (typeof node.properties.id === 'string') ids.push(node.properties.id);
	});
	return ids;
}

const pictures = [
	{ path: '/map/clusters/', svg: 'svg.cluster-map-svg', link: 'a.map-marker' },
	{ path: '/taxonomy/', svg: 'svg.taxonomy-matrix', link: 'a.matrix-cell' },
] as const;

/** Smallest side of the shown link targets, in pixels. */
const smallestTarget = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((links) =>
		Math.min(
			...links
				.map((a) => a.getBoundingClientRect())
				.filter((r) => r.width > 0)
				.map((r) => Math.min(r.width, r.height)),
		),
	);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const width of [390, 1366]) {
		test(`both pictures are drawn, legible and within the page at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			for (const p of pictures) {
				await page.goto(p.path);
				const drawings = await smallestTextPerDrawing(page, p.svg);
				expect(drawings.length, p.path).toBeGreaterThanOrEqual(1);
				if (p.path === '/map/clusters/')
					expect(drawings.length, 'one world drawing wide, one per side of the Atlantic narrow').toBe(
						width === 390 ? 2 : 1,
					);
				expect(textSizeProblems(drawings, 12), `${p.path} text size`).toEqual([]);
				expect(await smallestTarget(page, p.link), `${p.path} smallest target`).toBeGreaterThanOrEqual(24);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				expect(overflow, `${p.path} scrolls sideways`).toBeLessThanOrEqual(0);
			}
		});
	}

	test('every marker and every cell is a link that resolves, with a visible focus', async ({ page, request }) => {
		test.setTimeout(180_000);
		const checked = new Set<string>();
		for (const p of pictures) {
			await page.goto(p.path);
			const links = await page
				.locator(p.link)
				.evaluateAll((as) =>
					as.map((a) => ({ href: a.getAttribute('href') ?? '', name: a.getAttribute('aria-label') ?? '' })),
				);
			expect(links.length, p.path).toBeGreaterThanOrEqual(4);
			for (const { href, name } of links) {
				expect(name, href).not.toBe('');
				const url = new URL(href, page.url());
				if (checked.has(url.href)) continue;
				checked.add(url.href);
				const response = await request.get(url.pathname);
				expect(response.status(), href).toBe(200);
				if (url.hash) expect(idsOf(await response.text()), href).toContain(decodeURIComponent(url.hash.slice(1)));
			}
			// The first shown link takes the focus and draws a thick outline in the focus colour.
			const focus = await page.locator(p.link).evaluateAll((as) => {
				const a = as.find((el) => el.getBoundingClientRect().width > 0) as SVGAElement;
				const shape = a.querySelector('rect, circle')!;
				const before = getComputedStyle(shape).strokeWidth;
				a.focus();
				return {
					focused: document.activeElement === a,
					before: parseFloat(before),
					after: parseFloat(getComputedStyle(shape).strokeWidth),
				};
			});
			expect(focus.focused, p.path).toBe(true);
			expect(focus.after, `${p.path} focus ring`).toBeGreaterThan(focus.before);
			expect(focus.after).toBeGreaterThanOrEqual(3);
		}
		// A marker without a case page opens its row of the table.
		expect([...checked].some((h) => h.includes('/map/clusters/#cluster-'))).toBe(true);
	});
});

test('the table of clusters shows as stacked rows whose cells stay on the screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/map/clusters/');
	const rows = await page.locator('table.cluster-table tbody tr').evaluateAll((trs) =>
		trs.map((tr) => {
			const cells = [...tr.children].map((c) => c.getBoundingClientRect());
			return {
				id: tr.id,
				right: Math.max(...cells.map((c) => c.right)),
				left: Math.min(...cells.map((c) => c.left)),
				// Stacked: after the number and the name that head the row, each cell starts below the one before it.
				stacked: cells.every((c, i) => i < 2 || c.top >= cells[i - 1].bottom - 1),
				// Each cell says which column it is.
				labelled: [...tr.children].every((c) => (c.getAttribute('data-label') ?? '') !== ''),
			};
		}),
	);
	expect(rows.length).toBeGreaterThan(10);
	const width = page.viewportSize()!.width;
	for (const row of rows) {
		expect(row.left, row.id).toBeGreaterThanOrEqual(0);
		expect(row.right, row.id).toBeLessThanOrEqual(width);
		expect(row.stacked, row.id).toBe(true);
		expect(row.labelled, row.id).toBe(true);
	}
	// Still a table to a screen reader, as Chromium's own accessibility tree has it: rows of cells under column headers.
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string } }[] };
	const roles = nodes.map((n) => n.role?.value);
	const count = (role: string) => roles.filter((r) => r === role).length;
	expect(count('table')).toBe(1);
	expect(count('row')).toBe(rows.length + 1);
	expect(count('columnheader')).toBe(7);
	expect(count('rowheader')).toBe(rows.length);
});

test('cluster markers carry their names where the names fit, legible and clear of other markers', async ({ page }) => {
	for (const width of [390, 1366]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/map/clusters/');
		const found = await page.locator('svg.cluster-map-svg:visible').evaluateAll((svgs) =>
			svgs.map((svg) => {
				const box = svg.getBoundingClientRect();
				const markers = [...svg.querySelectorAll('.map-marker-shape')].map((m) => m.getBoundingClientRect());
				const names = [...svg.querySelectorAll('.map-marker-name')].map((t) => {
					const r = t.getBoundingClientRect();
					const m = (t as SVGGraphicsElement).getScreenCTM()!;
					return {
						text: t.textContent ?? '',
						px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b),
						inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.bottom <= box.bottom + 0.5,
						overlaps: markers.filter(
							(k) => k.left < r.right - 1 && k.right > r.left + 1 && k.top < r.bottom - 1 && k.bottom > r.top + 1,
						).length,
					};
				});
				return { markers: markers.length, names };
			}),
		);
		const names = found.flatMap((f) => f.names);
		// Most markers stand clear enough for a name: at least half of them get one.
		const markers = found.reduce((sum, f) => sum + f.markers, 0);
		expect(names.length, `${width} px`).toBeGreaterThanOrEqual(Math.ceil(markers / 2));
		for (const name of names) {
			expect(name.text, `${width} px`).not.toBe('');
			expect(name.px, name.text).toBeGreaterThanOrEqual(12);
			expect(name.inside, name.text).toBe(true);
			expect(name.overlaps, name.text).toBe(0);
		}
	}
});
