/**
 * Entries that a page names by id in its own code (the concepts the home
 * page starts readers with, the concepts of each taxonomy cell). Content
 * ids are checked by the site index; these are checked here, so a renamed
 * or mistyped id fails the build with the page file and the id instead of
 * silently dropping an item from the page. Pure: tests call it without Astro.
 */
import { closestId } from './closest';
import { folderOf, type CollectionName } from './collections';

export class PageReferenceError extends Error {
	override name = 'PageReferenceError';
}

/** The entries of `ids`, in that order; throws naming `page` and every unknown id. */
export function namedEntries<T>(
	byId: ReadonlyMap<string, T>,
	collection: CollectionName,
	ids: readonly string[],
	page: string,
): T[] {
	const unknown = ids.filter((id) => !byId.has(id));
	if (unknown.length > 0) {
		const lines = unknown.map((id) => {
			const suggestion = closestId(id, byId.keys());
			return `  - unknown ${folderOf(collection)} id "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
		});
		throw new PageReferenceError(`${page} names entries that do not exist (no file in content/${folderOf(collection)}/):\n${lines.join('\n')}`);
	}
	return ids.map((id) => byId.get(id)!);
}
