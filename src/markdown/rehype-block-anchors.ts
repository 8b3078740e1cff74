/**
 * Gives every paragraph, list item and table of a content page an id (see
 * src/lib/site/block-anchors.ts for the rule) and a small "¶" link to it: without
 * JavaScript the link is the address; with it, a click also copies the full
 * address (src/client/copy.ts). Also keeps old, published anchors alive:
 * for each move in content/anchor-moves.json it puts an empty element with
 * the old id inside the element that now carries the text.
 */
import type { Element, ElementContent, Root } from 'hast';
import { join, relative } from 'node:path';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { BlockKind } from '../lib/site/block-anchors';
import { anchoredBlocks, blockAnchorIds, isElement, isList } from './block-anchor-ids';
import { blockAnchorLabel } from '../i18n/labels';
import { pageOfSourceFile } from '../lib/site/urls';
import { englishAnchorsFor, translationSource } from './translation-anchors';

export class AnchorMoveError extends Error {
	override name = 'AnchorMoveError';
}

export interface BlockAnchorOptions {
	/** Project root, to find each file's page. */
	root: string;
	/** The moves of content/anchor-moves.json: old address (`/page/#id`) → new id on that page. */
	moves: () => Record<string, string>;
	/** Where the moves come from, for error messages. */
	movesFile?: string;
}

/** The element the "¶" link (or a moved anchor) goes into: inline with the block's first line of text. */
function hostOf(block: Element): Element {
	if (block.tagName === 'table') {
		let cell: Element | undefined;
		visitParents(block, 'element', (node) => {
			if (node.tagName === 'th' || node.tagName === 'td') {
				cell = node;
				return false;
			}
		});
		return cell ?? block;
	}
	if (block.tagName === 'li') {
		const paragraphs = block.children.filter((c) => isElement(c, 'p'));
		return (paragraphs.at(-1) as Element | undefined) ?? block;
	}
	return block;
}

function appendBeforeSubList(host: Element, node: ElementContent) {
	const at = host.children.findIndex(isList);
	if (at === -1) host.children.push(node);
	else host.children.splice(at, 0, node);
}

export function rehypeBlockAnchors({ root, moves, movesFile = 'content/anchor-moves.json' }: BlockAnchorOptions) {
	return (tree: Root, file: VFile) => {
		const source = file.path ? relative(root, file.path) : undefined;
		const translated = source ? translationSource(source) : undefined;
		// A translation shares its English page's anchors, block for block (content/TRANSLATING.md).
		const page = source ? pageOfSourceFile(translated?.englishFile ?? source) : undefined;
		if (!page) return;

		const { blocks } = anchoredBlocks(tree);
		const ids = translated
			? englishAnchorsFor(tree, file, join(root, translated.englishFile), source!, blocks.length)
			: blockAnchorIds(tree);
		const byId = new Map<string, Element>();
		visitParents(tree, 'element', (node) => {
			if (typeof node.properties.id === 'string') byId.set(node.properties.id, node);
		});
		blocks.forEach((block, i) => {
			const id = ids[i];
			block.properties.id = id;
			byId.set(id, block);
			const link: Element = {
				type: 'element',
				tagName: 'a',
				properties: {
					className: ['block-anchor'],
					href: `#${id}`,
					ariaLabel: blockAnchorLabel[block.tagName as BlockKind],
					dataPagefindIgnore: '',
				},
				children: [{ type: 'text', value: '¶' }],
			};
			const host = hostOf(block);
			if (host.tagName === 'li') appendBeforeSubList(host, link);
			else host.children.push(link);
		});

		for (const [address, target] of Object.entries(moves())) {
			const [path, oldId] = address.split('#');
			if (path !== page) continue;
			const where = `${movesFile}: "${address}" → "${target}"`;
			if (byId.has(oldId)) {
				throw new AnchorMoveError(
					`${where}: the page (${source}) still has an element with id "${oldId}"; remove the move, or the old id would be on the page twice.`,
				);
			}
			const element = byId.get(target);
			if (!element) throw new AnchorMoveError(`${where}: no element with id "${target}" on ${page} (${source}).`);
			const host = isElement(element, 'table') ? hostOf(element) : element;
			host.children.unshift({
				type: 'element',
				tagName: 'span',
				properties: { id: oldId, className: ['moved-anchor'] },
				children: [],
			});
			byId.set(oldId, host);
		}
	};
}
