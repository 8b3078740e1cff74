/**
 * The words search can suggest spellings from: every word of the text
 * Pagefind indexes (inside `data-pagefind-body`, outside
 * `data-pagefind-ignore`), read from the built pages' HTML trees.
 * Written beside the full-text index, so it lives wherever that index does.
 */
import type { Element, Nodes, Root } from 'hast';
import { parseHtml } from './dist-files';

const isElement = (node: Nodes): node is Element => node.type === 'element';

/** The text Pagefind indexes on one built page (a tree from `dist-files.ts`, or HTML text), one chunk per text node. */
export function indexedText(page: Root | string): string[] {
	const chunks: string[] = [];
	const walk = (node: Nodes, inBody: boolean) => {
		if (isElement(node)) {
			if (node.properties.dataPagefindIgnore !== undefined) return;
			if (node.tagName === 'script' || node.tagName === 'style') return;
			inBody ||= node.properties.dataPagefindBody !== undefined;
		}
		if (node.type === 'text' && inBody) chunks.push(node.value);
		if ('children' in node) for (const child of node.children) walk(child as Nodes, inBody);
	};
	walk(typeof page === 'string' ? parseHtml(page) : page, false);
	return chunks;
}
