/**
 * Published paragraph anchors (data/published-anchors.txt): every
 * `page#anchor` address the site has given out. The build fails when one of
 * them would vanish without a move in content/anchor-moves.json; the
 * publish script (`npm run anchors:publish`) adds the anchors of a build.
 *
 * The publish script runs this module under plain Node, so its project
 * imports name their files with the extension.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

import { unitPagePattern } from '../schemas/units.ts';
import { publishedAnchorsFile, readPublishedList } from '../lib/site/published-lists.ts';

export { publishedAnchorsFile };

/** Pages whose paragraphs have anchors: the unit pages. */
export const anchoredPagePattern = unitPagePattern;

/** Every id on a page, and the ids of its paragraph, list-item and table anchors (the targets of its "¶" links). */
export function idsOfPage(html: string): { all: Set<string>; blocks: string[] } {
	return idsOfTree(fromHtml(html));
}

/** The same, from a page already parsed (the build parses each page of dist/ once). */
export function idsOfTree(tree: Root): { all: Set<string>; blocks: string[] } {
	const all = new Set<string>();
	const blocks: string[] = [];
	visit(tree, 'element', (node: Element) => {
		if (typeof node.properties.id === 'string') all.add(node.properties.id);
		const classes = node.properties.className;
		if (node.tagName === 'a' && Array.isArray(classes) && classes.includes('block-anchor')) {
			const href = node.properties.href;
			if (typeof href === 'string' && href.startsWith('#')) blocks.push(decodeURIComponent(href.slice(1)));
		}
	});
	return { all, blocks };
}

/**
 * The published anchors that the built `pages` no longer have, each
 * with the reason and what to do. `sourceOf` names a page's content file.
 */
export function vanishedAnchors(
	published: readonly string[],
	pages: readonly { path: string; tree: Root }[],
	sourceOf: (page: string) => string | undefined,
): string[] {
	const built = new Map(pages.map((p) => [p.path, p.tree]));
	const byPage = new Map<string, string[]>();
	for (const address of published) {
		const [page, anchor] = address.split('#');
		byPage.set(page, [...(byPage.get(page) ?? []), anchor]);
	}
	const problems: string[] = [];
	for (const [page, anchors] of byPage) {
		const tree = built.get(page);
		const source = sourceOf(page);
		const where = source ? `${page} (${source})` : page;
		if (!tree) {
			problems.push(
				`${page}: the page is gone, and with it ${anchors.length} published anchor(s); restore it or redirect it (content/redirects.json).`,
			);
			continue;
		}
		const { all } = idsOfTree(tree);
		for (const anchor of anchors) {
			if (all.has(anchor)) continue;
			problems.push(
				`${page}#${anchor}: no longer on ${where}; its paragraph was rewritten or removed. Add "${page}#${anchor}": "<id of the paragraph or heading that now has its text>" to content/anchor-moves.json.`,
			);
		}
	}
	return problems;
}

/** Reads the published list under `root`; no list, nothing to check. */
export function readPublishedAnchors(root: string): string[] {
	return readPublishedList(root, publishedAnchorsFile).entries;
}
