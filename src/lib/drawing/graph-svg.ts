/**
 * The concept map as SVG markup, built as a hast tree (hastscript `s()`) and
 * serialized with hast-util-to-html. Geometry only: every word shown (titles,
 * theme names, the description) comes from the caller, so the French and
 * Spanish editions can pass their own. No inline styles: classes carry the
 * look (src/styles/concept-map.css).
 */
import { s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ConceptTheme } from '../../schemas/concept';
import type { ConceptGraph } from '../content/concept-graph';
import { layoutGraph, type GraphLayout, type LayoutNode } from './graph-layout';
import { markerPath, round1, textWidth, wrapLabel, type MarkerShape } from './svg-geometry';

/** Each theme's marker: shape as well as colour tells the themes apart. */
export const themeShapes: Record<ConceptTheme, MarkerShape> = {
	foundations: 'circle',
	'upgrading-and-learning': 'square',
	'skills-in-cluster-development': 'diamond',
	'interventions-and-actors': 'triangle',
	'cluster-types-and-outcomes': 'hexagon',
};

/** A drawing of the map for one range of screen widths. */
export interface MapDrawing {
	/** Width of the drawing in SVG units (its natural width in CSS px). */
	width: number;
	/** Theme cells per row. */
	columns: number;
	fontSize: number;
	/** Longest line of a node's label, in characters, before it wraps. */
	maxChars: number;
}

/** A wide drawing for desktop columns and a narrow, taller one for phones (the page shows one by width). */
export const mapDrawings = {
	wide: { width: 1100, columns: 3, fontSize: 14, maxChars: 18 },
	narrow: { width: 360, columns: 1, fontSize: 13, maxChars: 16 },
} as const satisfies Record<string, MapDrawing>;

export interface ConceptMapInput {
	graph: ConceptGraph;
	/** Theme ids in reading order. */
	themes: readonly string[];
	shapeOf: (theme: string) => MarkerShape;
	hrefOf: (conceptId: string) => string;
	themeName: (theme: string) => string;
	/** Prefix of the SVG's element ids (unique per drawing on a page). */
	idPrefix: string;
	title: string;
	description: string;
}

/** The box of a node: marker, then the wrapped label. */
export function nodeBox(title: string, drawing: MapDrawing) {
	const lines = wrapLabel(title, drawing.maxChars);
	const lineHeight = drawing.fontSize * 1.25;
	const marker = drawing.fontSize * 1.5;
	const width = 8 + marker + Math.max(...lines.map((l) => textWidth(l, drawing.fontSize))) + 8;
	// At least 28 units high: a touch target of 24 CSS px or more at the smallest scale the page allows.
	const height = Math.max(28, lines.length * lineHeight + 8);
	return { lines, lineHeight, marker, width: round1(width), height: round1(height) };
}

/** Positions of every concept and theme name in one drawing. */
export function layoutConceptMap(input: Pick<ConceptMapInput, 'graph' | 'themes'>, drawing: MapDrawing): GraphLayout {
	const nodes: LayoutNode[] = input.graph.nodes.map((n) => {
		const { width, height } = nodeBox(n.title, drawing);
		return { id: n.id, group: n.theme, width, height };
	});
	const edges = input.graph.edges.filter((e) => e.kind === 'related').map((e) => ({ source: e.a, target: e.b }));
	return layoutGraph(nodes, edges, {
		width: drawing.width,
		columns: drawing.columns,
		groups: input.themes,
		groupLabelHeight: drawing.fontSize * 2.4,
		gap: 6,
	});
}

/** The SVG of the concept map in one drawing, as an HTML string. */
export function conceptMapSvg(input: ConceptMapInput, drawing: MapDrawing): string {
	const layout = layoutConceptMap(input, drawing);
	const at = new Map(layout.nodes.map((n) => [n.id, n]));
	const edgePath = (kind: 'related' | 'shared') =>
		input.graph.edges
			.filter((e) => e.kind === kind)
			.map((e) => `M${at.get(e.a)!.x} ${at.get(e.a)!.y}L${at.get(e.b)!.x} ${at.get(e.b)!.y}`)
			.join('');
	const titleId = `${input.idPrefix}-title`;
	const descId = `${input.idPrefix}-desc`;

	const nodes = input.graph.nodes.map((concept) => {
		const box = nodeBox(concept.title, drawing);
		const p = at.get(concept.id)!;
		const left = p.x - p.width / 2;
		const markerX = left + 8 + box.marker / 2;
		const textX = round1(left + 8 + box.marker + 4);
		const firstBaseline = p.y - ((box.lines.length - 1) * box.lineHeight) / 2 + drawing.fontSize * 0.35;
		return s('a', { href: input.hrefOf(concept.id), className: ['cm-node', `cm-t-${concept.theme}`] }, [
			s('rect', {
				className: ['cm-plate'],
				x: round1(left),
				y: round1(p.y - p.height / 2),
				width: p.width,
				height: p.height,
				rx: 5,
			}),
			s('path', {
				className: ['cm-mark'],
				d: markerPath(input.shapeOf(concept.theme), markerX, p.y, box.marker / 2.6),
			}),
			s(
				'text',
				{ x: textX, y: round1(firstBaseline) },
				// A space ends each line but the last, so the link's accessible name reads as one phrase.
				box.lines.map((line, i) =>
					i === 0
						? line + (box.lines.length > 1 ? ' ' : '')
						: s('tspan', { x: textX, dy: round1(box.lineHeight) }, line + (i < box.lines.length - 1 ? ' ' : '')),
				),
			),
		]);
	});

	const tree = s(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${layout.width} ${layout.height}`,
			width: layout.width,
			height: layout.height,
			fontSize: drawing.fontSize,
			className: ['cm-svg'],
			ariaLabelledBy: titleId,
			ariaDescribedBy: descId,
		},
		[
			s('title', { id: titleId }, input.title),
			s('desc', { id: descId }, input.description),
			s('path', { className: ['cm-edge', 'cm-edge-related'], d: edgePath('related') }),
			s('path', { className: ['cm-edge', 'cm-edge-shared'], d: edgePath('shared') }),
			// The lines of the box a reader picks out, drawn by the page's script over the faded web (empty until then).
			s('path', { className: ['cm-edge-focus'], d: '' }),
			...layout.groups.map((g) =>
				s(
					'text',
					{
						className: ['cm-theme-label'],
						x: g.labelX,
						y: round1(g.labelY + drawing.fontSize * 0.35),
						textAnchor: 'middle',
					},
					input.themeName(g.group),
				),
			),
			...nodes,
		],
	);
	return toHtml(tree, { space: 'svg' });
}

/** A small marker for the legend, in its own SVG (decorative: the legend's words name the theme). */
export function legendMarkerSvg(shape: MarkerShape, className: string): string {
	return toHtml(
		s(
			'svg',
			{
				xmlns: 'http://www.w3.org/2000/svg',
				viewBox: '0 0 20 20',
				width: 20,
				height: 20,
				ariaHidden: 'true',
				focusable: 'false',
				className: ['cm-legend-mark', className],
			},
			[s('path', { className: ['cm-mark'], d: markerPath(shape, 10, 10, 6.5) })],
		),
		{ space: 'svg' },
	);
}

/** A short line for the legend of the edges. */
export function legendEdgeSvg(kind: 'related' | 'shared'): string {
	return toHtml(
		s(
			'svg',
			{
				xmlns: 'http://www.w3.org/2000/svg',
				viewBox: '0 0 36 12',
				width: 36,
				height: 12,
				ariaHidden: 'true',
				focusable: 'false',
				className: ['cm-legend-edge'],
			},
			[s('path', { className: ['cm-edge', `cm-edge-${kind}`], d: 'M2 6L34 6' })],
		),
		{ space: 'svg' },
	);
}
