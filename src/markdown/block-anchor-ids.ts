/**
 * Which blocks of a page get a paragraph anchor, and the anchors their own
 * words give them (the rule is in src/lib/site/block-anchors.ts). Shared by
 * the plugin that writes them (`rehype-block-anchors.ts`) and by a
 * translation, which takes its English page's anchors block for block
 * (`translation-anchors.ts`).
 */
import type { Element, Root, Parents } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { assignBlockAnchors, type BlockKind } from '../lib/site/block-anchors';

const kinds = new Set<string>(['p', 'li', 'table']);
export const isElement = (node: unknown, ...names: string[]): node is Element =>
	(node as Element)?.type === 'element' && (names.length === 0 || names.includes((node as Element).tagName));
export const isList = (node: unknown) => isElement(node, 'ul', 'ol');

/** The text a block's anchor is made from: a list item without its sub-list, a table's header row. */
function blockText(block: Element): string {
	if (block.tagName === 'li')
		return block.children
			.filter((c) => !isList(c))
			.map((c) => toString(c))
			.join('');
	if (block.tagName === 'table') {
		let firstRow: Element | undefined;
		visitParents(block, 'element', (node) => {
			if (node.tagName === 'tr') {
				firstRow = node;
				return false;
			}
		});
		return firstRow ? toString(firstRow) : toString(block);
	}
	return toString(block);
}

/** The blocks of a page that get an anchor, in reading order, and the ids already on the page. */
export function anchoredBlocks(tree: Root): { blocks: Element[]; taken: Set<string> } {
	const taken = new Set<string>();
	const blocks: Element[] = [];
	visitParents(tree, 'element', (node, ancestors: Parents[]) => {
		if (typeof node.properties.id === 'string') taken.add(node.properties.id);
		if (!kinds.has(node.tagName) || node.properties.id) return;
		// Diagrams (figures) carry their own caption; cells and paragraphs of a list item share its anchor.
		if (ancestors.some((a) => isElement(a, 'figure', 'table'))) return;
		if (node.tagName === 'p' && ancestors.some((a) => isElement(a, 'li'))) return;
		blocks.push(node);
	});
	return { blocks, taken };
}

/** The anchors of a page's blocks, from their own words (see src/lib/site/block-anchors.ts). */
export function blockAnchorIds(tree: Root): string[] {
	const { blocks, taken } = anchoredBlocks(tree);
	return assignBlockAnchors(
		blocks.map((b) => ({ kind: b.tagName as BlockKind, text: blockText(b) })),
		taken,
	);
}
