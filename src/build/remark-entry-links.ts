/**
 * Turns content links (`[text](concepts:joint-action)`) into site URLs
 * through the URL builder, and fails the build, naming the file and line,
 * when a link names an entry that does not exist or is a hand-written site
 * path (which would bypass the URL builder and break silently on a rename).
 */
import type { Link, Definition, Root } from 'mdast';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { closestId, folderOf, type Collection } from '../lib/site-index';
import { contentLinkUrl, isContentScheme, parseContentLink, schemeCollection } from '../lib/urls';

export interface EntryLinkOptions {
	/** Ids present in a content folder. */
	idsIn: (folder: string) => Set<string>;
	/** Project root, to print short file paths. */
	root: string;
}

export class ContentLinkError extends Error {
	override name = 'ContentLinkError';
}

export function remarkEntryLinks({ idsIn, root }: EntryLinkOptions) {
	return (tree: Root, file: VFile) => {
		// One directory listing per folder and file, however many links the file has.
		const listed = new Map<string, Set<string>>();
		const idsOf = (folder: string) => listed.get(folder) ?? listed.set(folder, idsIn(folder)).get(folder)!;
		const where = (node: Link | Definition) =>
			`${file.path ? relative(root, file.path) : '<unknown file>'}:${node.position?.start.line ?? '?'}`;
		visit(tree, ['link', 'definition'], (node) => {
			const link = node as Link | Definition;
			const href = link.url;
			if (href.startsWith('/') && !href.startsWith('//')) {
				throw new ContentLinkError(
					`${where(link)}: link "${href}" is a hand-written site path. Link entries as collection:id, e.g. (concepts:joint-action), so the build can check them.`,
				);
			}
			const scheme = /^([a-z]+):/.exec(href)?.[1];
			if (!scheme || !isContentScheme(scheme)) return;
			const parsed = parseContentLink(href);
			if (!parsed) {
				throw new ContentLinkError(`${where(link)}: malformed content link "${href}" (expected ${scheme}:some-id or ${scheme}:some-id#anchor).`);
			}
			const collection = schemeCollection(parsed.scheme) as Collection;
			const ids = idsOf(folderOf(collection));
			if (!ids.has(parsed.id)) {
				const suggestion = closestId(parsed.id, ids);
				throw new ContentLinkError(
					`${where(link)}: broken link "${href}": there is no ${folderOf(collection)} entry "${parsed.id}"` +
						(suggestion ? ` (did you mean "${suggestion}"?)` : '') +
						'.',
				);
			}
			link.url = contentLinkUrl(parsed);
		});
	};
}
