/**
 * The browser's print of pages with drawings: no blank page, no drawing
 * cut over two pages. Chromium prints each page as a reader's browser would
 * (print media, A4), tagged, so that the check of the handouts
 * (tests/helpers/print-check.ts) can tell which content belongs to which figure.
 */
import { expect, test } from '@playwright/test';
import { printProblems, readPrintedLayout } from '../helpers/print-check';

/** A case with a tall flowchart and a chart, the concept map, a path page, the world map, the charts, a tall neighbourhood. */
const pages = [
	'/cases/sialkot/',
	'/map/concepts/',
	'/paths/when-a-crisis-forces-learning/',
	'/map/clusters/',
	'/charts/',
	'/concepts/business-associations/',
];

for (const path of pages) {
	test(`${path} prints with no blank page and no drawing over two pages`, async ({ page }) => {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		const layout = await readPrintedLayout(new Uint8Array(await page.pdf({ format: 'A4', tagged: true })));
		expect(layout.pageText.length).toBeGreaterThan(0);
		expect(printProblems(layout)).toEqual([]);
	});
}

test('a drawing whose text would print too small prints its text description under it; others do not', async ({
	page,
}) => {
	await page.emulateMedia({ media: 'print' });
	// The Sialkot flowchart, 13 steps tall, scaled to one page: its text would print at about 6 pt.
	await page.goto('/cases/sialkot/');
	const tall = page.locator('figure.diagram').first();
	await expect(tall.locator('.diagram-description p')).toBeVisible();
	await expect(tall.locator('.diagram-description p')).toContainText('Hygiene deficiencies');
	// A drawing that prints at a readable size keeps its description on screen only.
	await page.goto('/concepts/joint-action/');
	await expect(page.locator('figure.diagram .diagram-description p').first()).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await page.goto('/cases/sialkot/');
	await expect(page.locator('figure.diagram').first().locator('.diagram-description p')).toBeHidden();
});
