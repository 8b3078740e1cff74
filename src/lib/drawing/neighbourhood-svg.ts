/**
 * A concept's neighbourhood as a small SVG for its page: the concept on
 * top, and below it two columns joined to it by a tree of lines, related
 * concepts on the left, the pages tagged with it (cases, recommendations)
 * on the right, each kind under its heading and with its own marker shape.
 * One drawing, narrow enough for a phone. Geometry only: the words come
 * from the caller.
 */
import { s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { markerPath, round1, textWidth, wrapLabel, type MarkerShape } from './svg-geometry';

export interface NeighbourLink {
	title: string;
	href: string;
}

/** One kind of neighbour: its heading, its marker and its entries. */
export interface NeighbourGroup {
	kind: string;
	heading: string;
	shape: MarkerShape;
	items: readonly NeighbourLink[];
}

export interface NeighbourhoodInput {
	concept: NeighbourLink & { shape: MarkerShape };
	left: readonly NeighbourGroup[];
	right: readonly NeighbourGroup[];
	idPrefix: string;
	title: string;
	/** Id of the HTML list with the same relations (the SVG's description). */
	describedBy: string;
}

/** The drawing's size in SVG units: its natural width is 400 CSS px. */
export const neighbourhoodDrawing = { width: 400, fontSize: 14, gutter: 12 } as const;

const { width: W, fontSize: FS, gutter } = neighbourhoodDrawing;
const lineHeight = FS * 1.25;
const columnWidth = (W - gutter) / 2;

function label(lines: string[], x: number, firstBaseline: number, className?: string): Element {
	return s(
		'text',
		{ x: round1(x), y: round1(firstBaseline), className: className ? [className] : undefined },
		lines.map((line, i) => {
			const text = line + (i < lines.length - 1 ? ' ' : '');
			return i === 0 ? text : s('tspan', { x: round1(x), dy: round1(lineHeight) }, text);
		}),
	);
}

/** Lays out one column from `top`; returns its elements, the spine's end and the column's bottom. */
function column(groups: readonly NeighbourGroup[], left: number, top: number) {
	const spineX = left + 6;
	const elements: Element[] = [];
	const ticks: string[] = [];
	let y = top;
	let spineEnd = top;
	const maxChars = Math.floor((columnWidth - 34) / (FS * 0.58));
	for (const group of groups) {
		if (group.items.length === 0) continue;
		y += FS * 1.1;
		elements.push(s('text', { className: ['nb-heading'], x: round1(spineX + 10), y: round1(y) }, group.heading));
		y += FS * 0.6;
		for (const item of group.items) {
			const lines = wrapLabel(item.title, maxChars);
			const height = Math.max(28, lines.length * lineHeight + 8);
			const middle = y + height / 2;
			const plateLeft = spineX + 6;
			const markerX = plateLeft + 11;
			elements.push(
				s('a', { href: item.href, className: ['nb-node', `nb-${group.kind}`] }, [
					s('rect', {
						className: ['nb-plate'],
						x: round1(plateLeft),
						y: round1(y),
						width: round1(left + columnWidth - plateLeft),
						height: round1(height),
						rx: 5,
					}),
					s('path', { className: ['nb-mark'], d: markerPath(group.shape, markerX, middle, 5.5) }),
					label(lines, markerX + 11, middle - ((lines.length - 1) * lineHeight) / 2 + FS * 0.35),
				]),
			);
			ticks.push(`M${round1(spineX)} ${round1(middle)}L${round1(plateLeft)} ${round1(middle)}`);
			spineEnd = middle;
			y += height + 4;
		}
	}
	return {
		elements,
		spine:
			spineEnd > top ? `M${round1(spineX)} ${round1(top)}L${round1(spineX)} ${round1(spineEnd)}${ticks.join('')}` : '',
		spineX,
		bottom: y,
	};
}

/** The SVG of a concept's neighbourhood, as an HTML string. */
export function neighbourhoodSvg(input: NeighbourhoodInput): string {
	const conceptLines = wrapLabel(input.concept.title, 30);
	const conceptHeight = Math.max(30, conceptLines.length * lineHeight + 10);
	const conceptWidth = Math.min(W, 30 + Math.max(...conceptLines.map((l) => textWidth(l, FS))) + 10);
	const conceptLeft = (W - conceptWidth) / 2;
	const conceptMiddle = 2 + conceptHeight / 2;
	const bar = 2 + conceptHeight + 12;
	const left = column(input.left, 0, bar);
	const right = column(input.right, columnWidth + gutter, bar);
	const spines = [left, right].filter((c) => c.spine);
	const trunk =
		spines.length === 0
			? ''
			: `M${round1(W / 2)} ${round1(2 + conceptHeight)}L${round1(W / 2)} ${round1(bar)}` +
				`M${round1(Math.min(W / 2, ...spines.map((c) => c.spineX)))} ${round1(bar)}L${round1(Math.max(W / 2, ...spines.map((c) => c.spineX)))} ${round1(bar)}`;
	const height = round1(Math.max(left.bottom, right.bottom, bar) + 2);
	const titleId = `${input.idPrefix}-title`;

	const tree = s(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${W} ${height}`,
			width: W,
			height,
			fontSize: FS,
			className: ['nb-svg'],
			ariaLabelledBy: titleId,
			ariaDescribedBy: input.describedBy,
		},
		[
			s('title', { id: titleId }, input.title),
			s('path', { className: ['nb-edge'], d: trunk + spines.map((c) => c.spine).join('') }),
			s('a', { href: input.concept.href, className: ['nb-node', 'nb-self'], ariaCurrent: 'page' }, [
				s('rect', {
					className: ['nb-plate'],
					x: round1(conceptLeft),
					y: 2,
					width: round1(conceptWidth),
					height: round1(conceptHeight),
					rx: 6,
				}),
				s('path', { className: ['nb-mark'], d: markerPath(input.concept.shape, conceptLeft + 15, conceptMiddle, 7) }),
				label(conceptLines, conceptLeft + 30, conceptMiddle - ((conceptLines.length - 1) * lineHeight) / 2 + FS * 0.35),
			]),
			...left.elements,
			...right.elements,
		],
	);
	return toHtml(tree, { space: 'svg' });
}
