/**
 * Replaces ```mermaid blocks with a figure holding the diagram as inline SVG
 * (a light and a dark one, switched by CSS, so diagrams need no JavaScript),
 * a caption from the diagram's `accTitle` and a text description from its
 * `accDescr`.
 *
 * Text in a diagram must stay readable (12 px or more) on a 390 px phone
 * and on a desktop. A flowchart is therefore drawn twice, left to right and
 * top down, and each screen width gets the layout whose text can stay
 * largest (`chooseLayouts`); a diagram still wider than its column scrolls
 * sideways at full size, with a visible hint. Timelines are not drawn: they
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
import { minReadableWidth, sharedSvg, type Drawing } from './diagram-svg';
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

/** The width the site gives a diagram on a desktop (the text column), in CSS pixels. */
export const wideColumnPx = 640;

/**
 * Which drawing each screen width shows, from the widths at which each
 * drawing's text is still readable: narrow screens the one that needs the
 * least width; wide screens the author's own if it fits the column,
 * otherwise the one that needs the least width.
 */
export function chooseLayouts(readableWidth: { original: number; alternative?: number }): {
	wide: 'original' | 'alternative';
	narrow: 'original' | 'alternative';
} {
	const { original, alternative } = readableWidth;
	const smaller = alternative !== undefined && alternative < original ? 'alternative' : 'original';
	return { narrow: smaller, wide: original <= wideColumnPx ? 'original' : smaller };
}

/** The width at which every text of a drawing (in either theme) is still readable. */
const readableWidthOf = (d: Drawing) => Math.max(minReadableWidth(d.light), minReadableWidth(d.dark));

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

/** The figure's HTML: caption, the drawing(s) for each theme, the description. */
export function diagramFigure(
	drawings: { original: Drawing; alternative?: Drawing },
	title: string,
	description: string,
): string {
	const { original, alternative } = drawings;
	const layouts = chooseLayouts({
		original: readableWidthOf(original),
		alternative: alternative && readableWidthOf(alternative),
	});
	const captionId = `caption-${original.light.id}`;
	const pick = (which: 'original' | 'alternative') => (which === 'original' ? original : alternative!);
	const boxes =
		layouts.wide === layouts.narrow
			? drawingBoxes(pick(layouts.wide), '', captionId)
			: [
					...drawingBoxes(pick(layouts.wide), 'wide', captionId),
					...drawingBoxes(pick(layouts.narrow), 'narrow', captionId),
				];
	const figure = h('figure', { className: ['diagram'] }, [
		h('figcaption', { className: ['diagram-title'], id: captionId }, title),
		...boxes,
		h('details', { className: ['diagram-description'] }, [h('summary', labels.description), h('p', description)]),
	]);
	return toHtml(figure, { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } });
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
			let drawings: { original: Drawing; alternative?: Drawing };
			try {
				const other = otherOrientation(node.value);
				drawings = {
					original: await renderer.render(node.value),
					...(other ? { alternative: await renderer.render(other) } : {}),
				};
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
