/**
 * Ids of the entries on disk, read from the content folders. Used by the
 * Markdown plugins, which run before Astro has loaded the collections.
 */
import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { collectionNames, folderOf } from '../lib/content/collections';
import { entryAddress } from '../lib/site/urls';
import { idPattern } from '../schemas/id-pattern';

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

/**
 * Problems with the file names of the content: two files that would give
 * the same id (`x.md` and `x.mdx`, or names differing only in case), and
 * names that are not valid ids. Astro would silently keep one of two
 * same-id files, losing the other, so this runs before content is loaded.
 */
export function fileNameProblems(contentDir: string): string[] {
	const problems: string[] = [];
	for (const collection of collectionNames) {
		const folder = folderOf(collection);
		let names: string[];
		try {
			names = readdirSync(join(contentDir, folder));
		} catch {
			continue;
		}
		const byId = new Map<string, string[]>();
		for (const name of names) {
			const ext = extname(name);
			if (!entryExtensions.has(ext) || name.startsWith('_')) continue;
			const base = name.slice(0, -ext.length);
			if (!idPattern.test(base)) {
				problems.push(
					`content/${folder}/${name}: the file name is the entry's id and URL, so it must be lower-case words joined by hyphens (e.g. "joint-action${ext}")`,
				);
			}
			const key = base.toLowerCase();
			byId.set(key, [...(byId.get(key) ?? []), `content/${folder}/${name}`]);
		}
		for (const [id, files] of byId) {
			if (files.length < 2) continue;
			const address = entryAddress(collection, id);
			const clash = address ? `would both be ${address}` : `would both have the id "${id}"`;
			problems.push(`duplicate id "${id}" in ${folder}: ${files.sort().join(' and ')} ${clash}; keep one`);
		}
	}
	return problems;
}
