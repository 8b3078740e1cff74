/**
 * Paragraph anchors come from a block's own words: other paragraphs can be
 * added, removed or edited, and the page rebuilt, without changing them.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { anchorWords, assignBlockAnchors, baseAnchor } from '../../src/lib/site/block-anchors';
import { rehypeBlockAnchors } from '../../src/markdown/rehype-block-anchors';

const root = '/site';
const file = '/site/content/concepts/joint-action.mdx';

async function render(markdown: string, moves: Record<string, string> = {}): Promise<string> {
	const out = await unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkRehype)
		.use(rehypeHeadingIds)
		.use(rehypeBlockAnchors, { root, moves: () => moves })
		.use(rehypeStringify)
		.process({ path: file, value: markdown });
	return String(out);
}

/** Each anchored block's id and its text (without the "¶" link), in order. */
function anchors(html: string): { id: string; tag: string; text: string }[] {
	const found: { id: string; tag: string; text: string }[] = [];
	visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
		if (['p', 'li', 'table'].includes(node.tagName) && typeof node.properties.id === 'string') {
			const own = node.children.find(
				(c): c is Element =>
					c.type === 'element' && (c.properties.className as string[] | undefined)?.includes('block-anchor') === true,
			);
			if (node.tagName !== 'table')
				expect(own?.properties.href, `link of ${node.properties.id}`).toBe(`#${node.properties.id}`);
			found.push({ id: node.properties.id, tag: node.tagName, text: '' });
		}
	});
	return found;
}

const page = [
	'## Origins',
	'',
	'Firms in a cluster can act together on purpose.',
	'',
	'Sialkot’s makers of surgical instruments faced a ban in 1994.',
	'',
	'- Training centres run by the association',
	'- Buyers that demand standards',
	'  - nested: audits by the buyer',
	'',
	'| Cluster | Country |',
	'| --- | --- |',
	'| Sialkot | Pakistan |',
	'',
	'Firms in a cluster can act together on purpose.',
].join('\n');

describe('the anchor rule', () => {
	it('takes the first six words, lower case, accents and apostrophes dropped', () => {
		expect(anchorWords("Sialkot’s São Paulo workers' skills, 1994!")).toEqual([
			'sialkots',
			'sao',
			'paulo',
			'workers',
			'skills',
			'1994',
		]);
		expect(baseAnchor('p', 'One two three four five six seven eight')).toBe('p-one-two-three-four-five-six');
		expect(baseAnchor('p', 'Supercalifragilisticexpialidocious '.repeat(3))).toBe(
			'p-supercalifragilisticexpialidocious',
		);
		expect(baseAnchor('li', '')).toBe('li-block');
	});
	it('numbers a repeat in reading order and never takes a heading id', () => {
		const taken = new Set(['p-origins']);
		expect(
			assignBlockAnchors(
				[
					{ kind: 'p', text: 'Origins' },
					{ kind: 'p', text: 'Same start here' },
					{ kind: 'p', text: 'Same start here' },
				],
				taken,
			),
		).toEqual(['p-origins-2', 'p-same-start-here', 'p-same-start-here-2']);
	});
});

describe('paragraph anchors on a page', () => {
	it('anchor every paragraph, list item (nested too) and table, each with its own link', async () => {
		const ids = anchors(await render(page)).map((a) => a.id);
		expect(ids).toEqual([
			'p-firms-in-a-cluster-can-act',
			'p-sialkots-makers-of-surgical-instruments-faced',
			'li-training-centres-run-by-the-association',
			'li-buyers-that-demand-standards',
			'li-nested-audits-by-the-buyer',
			'table-cluster-country',
			'p-firms-in-a-cluster-can-act-2',
		]);
	});

	it('stay the same when other paragraphs are added, removed or edited, and on a rebuild', async () => {
		const before = anchors(await render(page)).map((a) => a.id);
		expect(anchors(await render(page)).map((a) => a.id)).toEqual(before);

		const edited = page
			// A new paragraph before the others.
			.replace('## Origins\n', '## Origins\n\nA new opening paragraph, added later.\n')
			// Another paragraph rewritten after its first six words.
			.replace('faced a ban in 1994.', 'faced a ban in 1994 and answered it together.')
			// A list item removed.
			.replace('- Training centres run by the association\n', '');
		const after = anchors(await render(edited)).map((a) => a.id);
		expect(after).toContain('p-a-new-opening-paragraph-added-later');
		for (const id of before.filter((id) => id !== 'li-training-centres-run-by-the-association'))
			expect(after).toContain(id);
	});

	it('keep a moved anchor alive as an empty element inside its new target', async () => {
		const html = await render(page, {
			'/concepts/joint-action/#p-old-wording': 'p-firms-in-a-cluster-can-act',
			'/concepts/other/#p-x': 'nowhere',
		});
		const tree = fromHtml(html, { fragment: true });
		let holder: string | undefined;
		visit(tree, 'element', (node: Element, _i, parent) => {
			if (node.properties.id === 'p-old-wording') holder = (parent as Element).properties.id as string;
		});
		expect(holder).toBe('p-firms-in-a-cluster-can-act');
	});

	it('fail with the file and the reason when a move points nowhere or its old id is still there', async () => {
		await expect(render(page, { '/concepts/joint-action/#p-old': 'p-no-such-paragraph' })).rejects.toThrow(
			'content/anchor-moves.json: "/concepts/joint-action/#p-old" → "p-no-such-paragraph": no element with id "p-no-such-paragraph" on /concepts/joint-action/ (content/concepts/joint-action.mdx).',
		);
		await expect(
			render(page, { '/concepts/joint-action/#li-buyers-that-demand-standards': 'origins' }),
		).rejects.toThrow(/still has an element with id "li-buyers-that-demand-standards"/);
	});
});
