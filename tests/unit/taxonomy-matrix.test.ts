import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { matrixLayout, taxonomyMatrixSvg, type MatrixInput } from '../../src/lib/drawing/taxonomy-matrix';
import { wrapLabel as wrapText } from '../../src/lib/drawing/svg-geometry';

const cell = (id: string, items: string[]) => ({ href: `#${id}`, name: `${id}: ${items.join(', ') || 'none'}`, items });
const input: MatrixInput = {
	titleId: 'matrix-title',
	title: 'Table 1',
	description: 'A grid.',
	columns: ['Diversified', 'Subcontractor'],
	rows: [
		{
			heading: 'Traditional manufacturing',
			cells: [
				cell('traditional-diversified', ['The Ludhiana knitwear cluster', 'The African manufacturing clusters']),
				cell('traditional-subcontractor', ['The Sialkot surgical instruments cluster']),
			],
		},
		{
			heading: 'High-tech',
			cells: [cell('high-tech-diversified', ['The Bangalore software cluster']), cell('high-tech-subcontractor', [])],
		},
	],
	emptyText: 'No case in the paper',
};
const svg = taxonomyMatrixSvg(input);
const links: Element[] = [];
visit(fromHtml(svg, { fragment: true }), 'element', (node) => {
	if (node.tagName === 'a') links.push(node);
});

/** The lines drawn inside an element, joined by spaces. */
const linesIn = (node: Element) => {
	const lines: string[] = [];
	visit(node, 'element', (n) => {
		if (n.tagName === 'text') lines.push(toString(n));
	});
	return lines.join(' ');
};

describe('the Table 1 grid', () => {
	it('makes each of the four cells a named link to its section', () => {
		expect(links.map((a) => a.properties.href)).toEqual([
			'#traditional-diversified',
			'#traditional-subcontractor',
			'#high-tech-diversified',
			'#high-tech-subcontractor',
		]);
		expect(links.map((a) => a.properties.ariaLabel)).toEqual(input.rows.flatMap((r) => r.cells.map((c) => c.name)));
	});

	it('lists the cases of a cell inside its link, and says so when a cell has none', () => {
		expect(linesIn(links[0])).toBe('The Ludhiana knitwear cluster The African manufacturing clusters');
		expect(linesIn(links[1])).toBe('The Sialkot surgical instruments cluster');
		expect(linesIn(links[3])).toBe('No case in the paper');
		expect(String(links[3].properties.className)).toContain('matrix-cell-empty');
	});

	it('wraps lines so that none is longer than a cell holds', () => {
		expect(wrapText('The Sialkot surgical instruments cluster', 20)).toEqual([
			'The Sialkot surgical',
			'instruments cluster',
		]);
		expect(wrapText('Antidisestablishmentarianism now', 10)).toEqual(['Antidisestablishmentarianism', 'now']);
		for (const link of links)
			visit(link, 'element', (node) => {
				if (node.tagName === 'text')
					expect(toString(node).length * matrixLayout.fontSize * matrixLayout.charWidth).toBeLessThanOrEqual(
						(matrixLayout.width - matrixLayout.gap) / 2 - 2 * matrixLayout.padding,
					);
			});
	});

	it('is the same, byte for byte, when drawn twice', () => {
		expect(taxonomyMatrixSvg(input)).toBe(svg);
	});
});
