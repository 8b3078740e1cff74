/**
 * The paper's Table 1 drawn as an SVG grid for `/taxonomy/`: a band per
 * macro-industry, a column per internal structure, and in each cell the
 * cases of that type. Every cell is a link (`<a href="#cell-id">`) to its
 * section of the page, so the grid works as a navigator without JavaScript.
 * One drawing for every width: about 350 units wide, shown at no less than
 * its natural size on a phone, so its 13-unit text stays 12 px or more.
 * Pure: the words and links come from the caller.
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { charsThatFit, round1, wrapLabel } from './svg-geometry';

/** One cell of the grid. */
export interface MatrixCell {
	/** Where the cell links to (the section's `#id`). */
	href: string;
	/** Accessible name of the link. */
	name: string;
	/** Lines listed in the cell: the titles of its cases; empty when it has none. */
	items: readonly string[];
}

/** The grid: rows (industries) of columns (structures). */
export interface MatrixInput {
	titleId: string;
	title: string;
	description: string;
	/** Heading of each column. */
	columns: readonly string[];
	/** Each row: its heading and one cell per column. */
	rows: readonly { heading: string; cells: readonly MatrixCell[] }[];
	/** Shown in a cell with no items. */
	emptyText: string;
}

/** Sizes in drawing units. */
export const matrixLayout = {
	width: 350,
	fontSize: 13,
	lineHeight: 17,
	padding: 8,
	headerHeight: 28,
	bandHeight: 26,
	gap: 4,
	/** Average width of a character as a share of the font size, for wrapping (generous, so lines never overflow). */
	charWidth: 0.6,
} as const;

/** The grid as a hast tree. */
export function taxonomyMatrix(input: MatrixInput): Element {
	const L = matrixLayout;
	const columnCount = input.columns.length;
	const cellWidth = (L.width - L.gap * (columnCount - 1)) / columnCount;
	const maxChars = charsThatFit(cellWidth - 2 * L.padding - 10, L.fontSize, L.charWidth);
	const linesOf = (cell: MatrixCell) =>
		cell.items.length > 0
			? cell.items.map((item) => wrapLabel(item, maxChars))
			: [wrapLabel(input.emptyText, maxChars)];
	const children: Element[] = [s('title', { id: input.titleId }, input.title), s('desc', input.description)];
	input.columns.forEach((heading, c) => {
		children.push(
			s(
				'text',
				{
					class: 'matrix-heading',
					x: c * (cellWidth + L.gap) + cellWidth / 2,
					y: L.headerHeight / 2,
					'font-size': L.fontSize,
					'text-anchor': 'middle',
					'dominant-baseline': 'central',
				},
				heading,
			),
		);
	});
	let y = L.headerHeight;
	for (const row of input.rows) {
		children.push(
			s('rect', { class: 'matrix-band', x: 0, y, width: L.width, height: L.bandHeight }),
			s(
				'text',
				{
					class: 'matrix-heading',
					x: L.padding,
					y: y + L.bandHeight / 2,
					'font-size': L.fontSize,
					'dominant-baseline': 'central',
				},
				row.heading,
			),
		);
		y += L.bandHeight + L.gap;
		const blocks = row.cells.map(linesOf);
		const tallest = Math.max(...blocks.map((b) => b.reduce((n, lines) => n + lines.length, 0) + (b.length - 1) * 0.3));
		const cellHeight = Math.max(48, Math.ceil(tallest * L.lineHeight + 2 * L.padding));
		row.cells.forEach((cell, c) => {
			const x = c * (cellWidth + L.gap);
			const empty = cell.items.length === 0;
			const texts: Element[] = [];
			let ly = y + L.padding + L.lineHeight / 2;
			for (const lines of blocks[c]) {
				lines.forEach((line, k) => {
					const bullet = !empty && k === 0;
					texts.push(
						s(
							'text',
							{
								x: x + L.padding + (empty ? 0 : 10),
								y: round1(ly),
								'font-size': L.fontSize,
								'dominant-baseline': 'central',
								class: empty ? 'matrix-empty' : undefined,
							},
							line,
						),
					);
					if (bullet)
						texts.push(s('circle', { class: 'matrix-bullet', cx: x + L.padding + 3, cy: round1(ly), r: 2.5 }));
					ly += L.lineHeight;
				});
				ly += L.lineHeight * 0.3;
			}
			children.push(
				s('a', { href: cell.href, class: `matrix-cell${empty ? ' matrix-cell-empty' : ''}`, 'aria-label': cell.name }, [
					s('title', cell.name),
					s('rect', {
						class: 'matrix-cell-shape',
						x: round1(x),
						y,
						width: round1(cellWidth),
						height: cellHeight,
						rx: 4,
					}),
					s('g', { 'aria-hidden': 'true' }, texts),
				]),
			);
		});
		y += cellHeight + L.gap;
	}
	const height = y - L.gap;
	return s(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			class: 'taxonomy-matrix',
			viewBox: `0 0 ${L.width} ${height}`,
			width: L.width,
			height,
			role: 'group',
			'aria-labelledby': input.titleId,
		},
		children,
	);
}

/** The grid as SVG text. */
export function taxonomyMatrixSvg(input: MatrixInput): string {
	return toHtml(taxonomyMatrix(input), { space: 'svg' });
}
