/**
 * Diagrams keep their smallest text at 12 px or more, on a 390 px phone and
 * a 1366 px desktop, in the light and the dark theme. The size is measured
 * as the browser draws it: each text's font size times the scale from SVG
 * units to screen pixels (the SVG's own scaling and every transform above
 * the text). Each figure must also show exactly one drawing. Every diagram
 * is sized by one build step (unit-tested), so a sample is measured: on
 * each kind of page, the page with the most diagrams, and the pages of the
 * widest drawings, which a phone scales down most.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { htmlFiles, urlPathOf } from '../../src/integration/dist-files';
import { pageKind } from '../helpers/sample-pages';
import { smallestTextPerDrawing, textSizeProblems } from '../helpers/svg-text';

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** Pages of the built site with at least one diagram, with how many and the width of their widest drawing. */
const diagramPages = [...htmlFiles(dist)].flatMap((file) => {
	const tree = fromHtml(readFileSync(join(dist, file), 'utf8'));
	const figures = selectAll('figure.diagram', tree).length;
	const widths = selectAll('figure.diagram svg[viewBox]', tree).map((svg) =>
		Number(String(svg.properties.viewBox).split(/[\s,]+/)[2]),
	);
	return figures > 0 ? [{ path: urlPathOf(file), figures, widest: Math.max(...widths) }] : [];
});
const mostDiagramsOfEachKind = [...Map.groupBy(diagramPages, (p) => pageKind(p.path)).values()].map(
	(pages) => pages.reduce((a, b) => (b.figures > a.figures ? b : a)).path,
);
const widestDrawings = [...diagramPages]
	.sort((a, b) => b.widest - a.widest)
	.slice(0, 3)
	.map((p) => p.path);
const measured = [...new Set([...mostDiagramsOfEachKind, ...widestDrawings])];

test('the site has diagrams to measure, and the sample is a few of their pages', () => {
	expect(diagramPages.length).toBeGreaterThan(20);
	expect(diagramPages.every((p) => p.widest > 0)).toBe(true);
	expect(measured.length).toBeGreaterThanOrEqual(3);
	expect(measured.length).toBeLessThan(diagramPages.length / 2);
});

const minimum = 12;
for (const width of [390, 1366]) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`diagram text is ${minimum} px or more at ${width} px, ${scheme} theme`, async ({ page }) => {
			test.setTimeout(180_000);
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme: scheme });
			const problems: string[] = [];
			for (const path of measured) {
				await page.goto(path);
				const figures = await page.locator('figure.diagram').all();
				if (figures.length === 0) problems.push(`${path}: no diagram found in the browser`);
				for (const figure of figures) {
					const title = (await figure.locator('figcaption').allTextContents())[0] ?? '?';
					const drawings = await smallestTextPerDrawing(figure, 'svg');
					if (drawings.length !== 1) problems.push(`${path} "${title}": ${drawings.length} drawings shown`);
					// The helper names the drawing by its own title (a Mermaid diagram's accessible title, the caption's text).
					else problems.push(...textSizeProblems(drawings, minimum).map((problem) => `${path}: ${problem}`));
				}
			}
			expect(problems).toEqual([]);
		});
	}
}

test('a diagram wider than its box scrolls by keyboard and says so', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 900 });
	await page.goto(widestDrawings[0]);
	const boxes = page.locator('.diagram-svg:visible');
	const scrolling = await boxes.evaluateAll((els) =>
		els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.getAttribute('tabindex')),
	);
	// The widest drawing does not fit a phone: its box scrolls, can be focused to scroll with the arrow keys, and shows the hint.
	expect(scrolling.length).toBeGreaterThan(0);
	for (const tabindex of scrolling) expect(tabindex).toBe('0');
});
