/**
 * Turns content links (`[text](concepts:joint-action)`) into site URLs
 * through the URL builder, and fails the build, naming the file and line,
 * when a link names an entry that does not exist, uses a scheme that does
 * not exist (`concept:` for `concepts:`, which would ship as a dead link),
 * or is a hand-written site path (which would bypass the URL builder and
 * break silently on a rename). Links are read by `linksOf`, the same
 * reader the site index uses for backlinks.
 */
import type { Root } from 'mdast';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { closestId } from '../lib/content/closest';
import { folderOf } from '../lib/content/collections';
import { linksOf, type LinkNode } from '../lib/content/content-links';
import { contentLinkUrl, knownSchemes, schemeCollection } from '../lib/site/urls';

export interface EntryLinkOptions {
	/** Ids present in a content folder. */
	idsIn: (folder: string) => Set<string>;
	/** Project root, to print short file paths. */
	root: string;
	/** The base path the site is served under (`/`, `/skills/`). */
	base?: string;
}

export class ContentLinkError extends Error {
	override name = 'ContentLinkError';
}

export function remarkEntryLinks({ idsIn, root, base = '/' }: EntryLinkOptions) {
	return (tree: Root, file: VFile) => {
		// One directory listing per folder and file, however many links the file has.
		const listed = new Map<string, Set<string>>();
		const idsOf = (folder: string) => listed.get(folder) ?? listed.set(folder, idsIn(folder)).get(folder)!;
		const where = (node: LinkNode) =>
			`${file.path ? relative(root, file.path) : '<unknown file>'}:${node.position?.start.line ?? '?'}`;
		for (const { node, href } of linksOf(tree)) {
			const url = node.url;
			switch (href.kind) {
				case 'other':
					continue;
				case 'site-path':
					throw new ContentLinkError(
						`${where(node)}: link "${url}" is a hand-written site path. Link entries as collection:id, e.g. (concepts:joint-action), so the build can check them.`,
					);
				case 'unknown-scheme':
					throw new ContentLinkError(
						`${where(node)}: link "${url}" has an unknown scheme "${href.scheme}:"` +
							(href.suggestion ? ` (did you mean "${href.suggestion}:"?)` : '') +
							`. Links use one of ${knownSchemes.map((s) => `${s}:`).join(', ')}.`,
					);
				case 'malformed':
					throw new ContentLinkError(
						`${where(node)}: malformed content link "${url}" (expected ${href.scheme}:some-id or ${href.scheme}:some-id#anchor).`,
					);
				case 'content': {
					const folder = folderOf(schemeCollection(href.link.scheme));
					const ids = idsOf(folder);
					if (!ids.has(href.link.id)) {
						const suggestion = closestId(href.link.id, ids);
						throw new ContentLinkError(
							`${where(node)}: broken link "${url}": there is no ${folder} entry "${href.link.id}"` +
								(suggestion ? ` (did you mean "${suggestion}"?)` : '') +
								'.',
						);
					}
					node.url = contentLinkUrl(href.link, base);
				}
			}
		}
	};
}
