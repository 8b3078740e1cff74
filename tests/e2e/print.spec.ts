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
