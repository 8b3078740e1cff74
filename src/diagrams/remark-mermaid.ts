/**
 * Replaces ```mermaid blocks with a figure holding the diagram as inline SVG
 * (a light and a dark one, switched by CSS, so diagrams need no JavaScript),
 * a caption from the diagram's `accTitle` and a text description from its
 * `accDescr`.
 *
 * Text in a diagram must stay readable (12 px or more) on a 390 px phone
 * and on a desktop. A flowchart is therefore drawn left to right as Mermaid
 * would, and top down packed for a narrow column (`compact`, or `narrowest`
 * when that is still too wide), and each screen width gets a drawing by
 * `chooseDrawings`: one for both widths where one fits both. A diagram still
 * wider than its column scrolls sideways at full size, with a visible hint,
 * and opens on its start. Timelines are not drawn: they
 * shrink to unreadable text, and a dated list says the same better (case
 * pages list theirs from the `timeline:` frontmatter).
 */
import type { Code, Html, Root } from 'mdast';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { diagramLabels as labels } from '../i18n/labels';
import { minReadableWidth, sharedSvg, type Drawing, type ServedDiagram } from './diagram-svg';
import { DiagramError, type MermaidRenderer } from './mermaid-renderer';

export class DiagramSourceError extends Error {
	override name = 'DiagramSourceError';
}

/** The accessible title and description a diagram declares (`accTitle:` / `accDescr:` or `accDescr { ... }`). */
export function diagramLabels(code: string): { title?: string; description?: string } {
	const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(code)?.[1];
	const single = /^\s*accDescr\s*:\s*(.+?)\s*$/m.exec(code)?.[1];
	const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(code)?.[1];
	const description = (single ?? block)?.replace(/\s+/g, ' ').trim();
	return { title, description };
}

/** The diagram type, the first word of the first line (`flowchart`, `timeline`, `xychart-beta`...). */
export function diagramType(code: string): string {
	return code.trim().split(/\s+/)[0] ?? '';
}

const flowchartHeader = /^(\s*(?:flowchart|graph)\s+)(LR|RL|TD|TB|BT)\b/;

/**
 * The same flowchart in the other orientation (left to right ↔ top down),
 * or `undefined` for a diagram that is not a flowchart.
 */
export function otherOrientation(code: string): string | undefined {
	const match = flowchartHeader.exec(code);
	if (!match) return undefined;
	const other = match[2] === 'LR' || match[2] === 'RL' ? 'TD' : 'LR';
	return code.replace(flowchartHeader, `$1${other}`);
}

/** Whether a flowchart runs across (LR, RL) or down (TD, TB, BT); `undefined` for another diagram. */
export function flowchartDirection(code: string): 'across' | 'down' | undefined {
	const match = flowchartHeader.exec(code);
	if (!match) return undefined;
	return match[2] === 'LR' || match[2] === 'RL' ? 'across' : 'down';
}

/** The width the site gives a diagram on a desktop (the text column), in CSS pixels. */
export const wideColumnPx = 640;

/**
 * The width a diagram gets on a 390 px phone, in CSS pixels: the column
 * (390 less the page's 16 px margins) less the box's padding and border.
 */
export const phoneColumnPx = 340;

/** The width at which every text of a drawing (in either theme) is still readable. */
const readableWidthOf = (d: Drawing) => Math.max(minReadableWidth(d.light), minReadableWidth(d.dark));

/** What the choice of a drawing needs to know of it. */
export interface DrawingFit {
	/** Narrowest width, in CSS px, at which its text stays readable. */
	readable: number;
	/** How much width, in CSS px, shows its start (see `ServedDiagram.firstNodeRight`) whole at that narrowest size, scrolled to its left. */
	start: number;
}

/** Millimetres in CSS pixels (96 to the inch). */
const mm = (length: number) => (length * 96) / 25.4;

/**
 * A drawing on paper (the print rules of global.css and diagram-figure.css):
 * at most as wide as an A4 page's text column (210 mm less the 16 mm side
 * margins of `@page`) less its box's padding and border (2 × (0.5rem + 1px)),
 * and at most 215 mm tall, scaled down to fit both.
 */
export const printColumnPx = mm(210 - 2 * 16) - 18;
export const printMaxHeightPx = mm(215);
/** Below this size, in points, a drawing's smallest printed text is hard to read: its text description prints too. */
export const minPrintedTextPt = 8;

/** The size, in points, of a drawing's smallest text on paper. */
export function printedTextPt(d: Pick<ServedDiagram, 'width' | 'height' | 'minFontPx'>): number {
	const shownWidth = Math.min(Math.max(d.width, minReadableWidth(d)), printColumnPx);
	const scale = Math.min(shownWidth / d.width, printMaxHeightPx / d.height);
	return d.minFontPx * scale * 0.75;
}

/** A drawing's fit, from its size, its smallest text and where its start ends. */
export function fitOf(d: Drawing): DrawingFit {
	const readable = readableWidthOf(d);
	const scale = readable / Math.max(d.light.width, readable);
	return { readable, start: Math.ceil(Math.max(d.light.firstNodeRight, d.dark.firstNodeRight) * scale) };
}

/**
 * Which drawing (by index) each screen width shows. Wide screens: the first
 * (the author's direction) if it fits the desktop column, otherwise the one
 * that needs the least width. Narrow screens: the wide one if it fits a
 * phone too (one drawing in the page, not two), else the narrowest that
 * fits; when none fits, the narrowest of those that open on their start
 * (it scrolls least, and starts where the reader starts), else the
 * narrowest.
 */
export function chooseDrawings(fits: readonly DrawingFit[]): { wide: number; narrow: number } {
	const indexes = fits.map((_, i) => i);
	const narrowest = (among: number[]) =>
		among.reduce((a, b) => (fits[b].readable < fits[a].readable ? b : a), among[0]);
	const wide = fits[0].readable <= wideColumnPx ? 0 : narrowest(indexes);
	const fitting = indexes.filter((i) => fits[i].readable <= phoneColumnPx);
	const opening = indexes.filter((i) => fits[i].start <= phoneColumnPx);
	const narrow =
		fitting.length > 0
			? fitting.includes(wide)
				? wide
				: narrowest(fitting)
			: narrowest(opening.length > 0 ? opening : indexes);
	return { wide, narrow };
}

/** An SVG drawn by Mermaid, kept as it is (it is the renderer's output, not text). */
const raw = (svg: string) => ({ type: 'raw', value: svg }) as unknown as ElementContent;

function drawingBoxes(drawing: Drawing, layout: '' | 'wide' | 'narrow', captionId: string): Element[] {
	// A box that may scroll must be reachable by keyboard to be scrolled.
	const box = (theme: string[], svg: string) =>
		h(
			'div',
			{
				className: ['diagram-svg', ...theme, ...(layout ? [`diagram-when-${layout}`] : [])],
				tabIndex: 0,
				role: 'group',
				ariaLabelledBy: captionId,
			},
			[h('p', { className: ['diagram-scroll-hint'] }, labels.scrollHint), raw(svg)],
		);
	if (drawing.shared) return [box([], sharedSvg(drawing))];
	return [box(['diagram-light'], drawing.light.svg), box(['diagram-dark'], drawing.dark.svg)];
}

/**
 * The figure's HTML: caption, the drawing(s) for each theme, the
 * description (printed too where the drawing's text prints small, see
 * `printedTextPt`). `drawings` are the candidates, the author's direction
 * first (see `chooseDrawings`).
 */
export function diagramFigure(drawings: readonly Drawing[], title: string, description: string): string {
	const { wide, narrow } = chooseDrawings(drawings.map(fitOf));
	const captionId = `caption-${drawings[0].light.id}`;
	const boxes =
		wide === narrow
			? drawingBoxes(drawings[wide], '', captionId)
			: [...drawingBoxes(drawings[wide], 'wide', captionId), ...drawingBoxes(drawings[narrow], 'narrow', captionId)];
	// Paper shows the wide drawing in the light theme; where its text prints too small, the description prints under it.
	const printsSmall = printedTextPt(drawings[wide].light) < minPrintedTextPt;
	const figure = h('figure', { className: ['diagram', ...(printsSmall ? ['diagram-prints-small'] : [])] }, [
		h('figcaption', { className: ['diagram-title'], id: captionId }, title),
		...boxes,
		h('details', { className: ['diagram-description'] }, [h('summary', labels.description), h('p', description)]),
	]);
	return toHtml(figure, { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } });
}

/**
 * The drawings a diagram may be shown as, the author's direction first: a
 * flowchart top down (`compact`, and `narrowest` where that is too wide for
 * a phone and `narrowest` fits one) and left to right (as Mermaid draws
 * it), in the order of its source's direction; any other diagram once, as
 * written.
 */
export async function drawingsOf(code: string, renderer: Pick<MermaidRenderer, 'render'>): Promise<Drawing[]> {
	const direction = flowchartDirection(code);
	if (!direction) return [await renderer.render(code)];
	const down = direction === 'down' ? code : otherOrientation(code)!;
	const across = direction === 'across' ? code : otherOrientation(code)!;
	const compact = await renderer.render(down, 'compact');
	const downs = [compact];
	if (readableWidthOf(compact) > phoneColumnPx) {
		// Worth a second copy in the page only if it then fits a phone.
		const narrowest = await renderer.render(down, 'narrowest');
		if (readableWidthOf(narrowest) <= phoneColumnPx) downs.push(narrowest);
	}
	const acrossDrawing = await renderer.render(across);
	return direction === 'down' ? [...downs, acrossDrawing] : [acrossDrawing, ...downs];
}

export function remarkMermaid({ renderer, root }: { renderer: MermaidRenderer; root: string }) {
	return async (tree: Root, file: VFile) => {
		const blocks: { node: Code; index: number; parent: { children: unknown[] } }[] = [];
		visit(tree, 'code', (node, index, parent) => {
			if (node.lang === 'mermaid' && parent && index !== undefined) blocks.push({ node, index, parent });
		});
		for (const { node, index, parent } of blocks) {
			const where = `${file.path ? relative(root, file.path) : '<unknown file>'}:${node.position?.start.line ?? '?'}`;
			if (diagramType(node.value) === 'timeline') {
				throw new DiagramSourceError(
					`${where}: Mermaid timelines shrink to unreadable text on a phone: write the dates as a list (a case's "timeline:" frontmatter is shown as one).`,
				);
			}
			const { title, description } = diagramLabels(node.value);
			if (!title || !description) {
				throw new DiagramSourceError(
					`${where}: every diagram needs an accessible title and description: add "accTitle: ..." and "accDescr: ..." lines after the diagram type.`,
				);
			}
			let drawings: Drawing[];
			try {
				drawings = await drawingsOf(node.value, renderer);
			} catch (error) {
				if (error instanceof DiagramError) {
					throw new DiagramSourceError(`${where}: invalid Mermaid diagram: ${error.message}`);
				}
				throw error;
			}
			const html: Html = { type: 'html', value: diagramFigure(drawings, title, description) };
			parent.children[index] = html;
		}
	};
}
