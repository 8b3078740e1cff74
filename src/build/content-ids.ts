/**
 * Ids of the entries on disk, read from the content folders. Used by the
 * Markdown plugins, which run before Astro has loaded the collections.
 */
import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';

const entryExtensions = new Set(['.md', '.mdx', '.yaml', '.yml', '.json']);

/** A function returning the ids present in `content/<folder>/` (an empty set for a missing folder). */
export function contentIdReader(contentDir: string) {
	return (folder: string): Set<string> => {
		try {
			return new Set(
				readdirSync(join(contentDir, folder))
					.filter((name) => entryExtensions.has(extname(name)) && !name.startsWith('_'))
					.map((name) => name.slice(0, -extname(name).length)),
			);
		} catch {
			return new Set();
		}
	};
}
