import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { remarkAbbreviations } from '../../src/markdown/remark-abbreviations';

const map = new Map([
	['SIMA', 'Surgical Instrument Manufacturer’s Association'],
	['SME', 'Small and medium-sized enterprise'],
	['R&D', 'Research and development'],
]);
const run = (tree: Root) => {
	remarkAbbreviations({ abbreviations: () => map })(tree);
	return tree;
};
const paragraph = (...children: Root['children'][number][]): Root => ({ type: 'root', children });

describe('remarkAbbreviations', () => {
	it('marks the first use of each abbreviation, plural included, with its expansion', () => {
		const tree = run(
			paragraph({
				type: 'paragraph',
				children: [{ type: 'text', value: 'SIMA helped SMEs; later SIMA and SMEs did R&D.' }],
			}),
		);
		const nodes = (
			tree.children[0] as {
				children: {
					type: string;
					value?: string;
					data?: { hName?: string; hProperties?: { title?: string } };
					children?: { value: string }[];
				}[];
			}
		).children;
		const abbrs = nodes.filter((n) => n.data?.hName === 'abbr');
		expect(abbrs.map((n) => [n.children![0].value, n.data!.hProperties!.title])).toEqual([
			['SIMA', 'Surgical Instrument Manufacturer’s Association'],
			['SMEs', 'Small and medium-sized enterprise'],
			['R&D', 'Research and development'],
		]);
		expect(nodes.map((n) => n.value ?? n.children![0].value).join('')).toBe(
			'SIMA helped SMEs; later SIMA and SMEs did R&D.',
		);
	});
	it('leaves headings, links and words that merely contain the letters alone', () => {
		const tree = run(
			paragraph(
				{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'What SIMA did' }] },
				{
					type: 'paragraph',
					children: [
						{ type: 'link', url: '/x', children: [{ type: 'text', value: 'SIMA' }] },
						{ type: 'text', value: ' SIMAX and SMEDA' },
					],
				},
			),
		);
		expect(JSON.stringify(tree)).not.toContain('"hName":"abbr"');
	});
});
