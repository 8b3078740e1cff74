/**
 * Every diagram on every page keeps its smallest text at 12 px or more, on a
 * 390 px phone and a 1366 px desktop, in the light and the dark theme. The
 * size is measured as the browser draws it: each text's font size times the
 * scale from SVG units to screen pixels (the SVG's own scaling and every
 * transform above the text). Each figure must also show exactly one drawing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { htmlFiles, urlPathOf } from '../../src/integration/dist-files';
import { smallestTextPerDrawing, textSizeProblems } from '../helpers/svg-text';

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** Pages of the built site with at least one diagram, found by parsing their HTML. */
const diagramPages = [...htmlFiles(dist)]
	.filter((file) => {
		let found = false;
		visit(fromHtml(readFileSync(join(dist, file), 'utf8')), 'element', (node) => {
			const classes = node.properties.className;
			if (node.tagName === 'figure' && Array.isArray(classes) && classes.includes('diagram')) found = true;
		});
		return found;
	})
	.map(urlPathOf);

test('the site has diagrams to measure', () => {
	expect(diagramPages.length).toBeGreaterThan(20);
});

const minimum = 12;
for (const width of [390, 1366]) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`diagram text is ${minimum} px or more at ${width} px, ${scheme} theme`, async ({ page }) => {
			test.setTimeout(180_000);
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme: scheme });
			const problems: string[] = [];
			for (const path of diagramPages) {
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
	await page.goto(diagramPages[0]);
	const boxes = page.locator('.diagram-svg:visible');
	const scrolling = await boxes.evaluateAll((els) =>
		els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.getAttribute('tabindex')),
	);
	// Every box that scrolls can be focused to scroll with the arrow keys, and shows the hint.
	for (const tabindex of scrolling) expect(tabindex).toBe('0');
});
