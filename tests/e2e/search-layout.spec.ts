/**
 * The search page on a phone: nothing shifts while results arrive, and every
 * link and control among the results and filters is a target of at least
 * 24 by 24 CSS pixels (WCAG 2.2, 2.5.8).
 */
import { expect as baseExpect, test } from '@playwright/test';

/** Search loads its index on the first query; on a busy machine that can take several seconds. */
const expect = baseExpect.configure({ timeout: 15_000 });

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('results arrive without shifting the layout (CLS below 0.1)', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { __cls: number; __shifts: string[] };
		w.__cls = 0;
		w.__shifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources?: { node?: Node }[];
			})[]) {
				if (entry.hadRecentInput) continue;
				w.__cls += entry.value;
				w.__shifts.push(
					`${entry.value.toFixed(3)} ${(entry.sources ?? []).map((s) => (s.node as Element | undefined)?.className ?? s.node?.nodeName).join(', ')}`,
				);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/search/?q=joint+action');
	await expect(page.locator('[data-search-status]')).toContainText(/\d+ results for/, { timeout: 15_000 });
	await expect(page.locator('.search-hit')).toHaveCount(10);
	await page.waitForTimeout(500); // let the last frame's shifts be reported
	const { cls, shifts } = await page.evaluate(() => {
		const w = window as unknown as { __cls: number; __shifts: string[] };
		return { cls: w.__cls, shifts: w.__shifts };
	});
	expect(cls, shifts.join('\n')).toBeLessThan(0.1);
});

test('every link and control in the results and filters is at least 24 by 24 px at 390 px wide', async ({ page }) => {
	await page.goto('/search/?q=joint+action');
	await expect(page.locator('.search-hit')).toHaveCount(10, { timeout: 15_000 });
	await page.locator('.search-facet summary').first().waitFor();
	// Open every filter group (a closed group makes its checkboxes when first opened), so they are measured too.
	const groups = page.locator('details.search-facet');
	await groups.evaluateAll((all) => all.forEach((g) => ((g as HTMLDetailsElement).open = true)));
	await expect(groups.locator('ul')).toHaveCount(await groups.count());
	const targets = page.locator('.search-layout :is(a, button, input, summary, select, textarea)');
	const small = await targets.evaluateAll((els) =>
		els
			.filter((el) => (el as HTMLElement).offsetParent !== null)
			.map((el) => ({ el, box: el.getBoundingClientRect() }))
			.filter(({ box }) => box.width < 24 || box.height < 24)
			.map(
				({ el, box }) =>
					`${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`,
			),
	);
	expect(await targets.count()).toBeGreaterThan(20);
	expect(small).toEqual([]);
});
