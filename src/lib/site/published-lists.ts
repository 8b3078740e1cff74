/**
 * The lists of what the site has published and must keep: every address
 * (`data/published-urls.txt`) and every paragraph anchor
 * (`data/published-anchors.txt`). Both have one format, read and written
 * here only: `#` starts a comment line, every other line is one address,
 * kept sorted. Lines are never removed; the publish scripts add a build's.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const publishedUrlsFile = 'data/published-urls.txt';
export const publishedAnchorsFile = 'data/published-anchors.txt';

export interface PublishedList {
	/** The comment lines at the top, kept as they are. */
	comments: string[];
	/** The addresses, in file order. */
	entries: string[];
}

/** Parses a list's text. */
export function parsePublishedList(text: string): PublishedList {
	const lines = text.split('\n').map((l) => l.trim());
	return {
		comments: lines.filter((l) => l.startsWith('#')),
		entries: lines.filter((l) => l && !l.startsWith('#')),
	};
}

/** Reads a list of the project at `root`; a missing file is an empty list. */
export function readPublishedList(root: string, file: string): PublishedList {
	const path = join(root, file);
	return existsSync(path) ? parsePublishedList(readFileSync(path, 'utf8')) : { comments: [], entries: [] };
}

/**
 * Adds addresses to a list and writes it back sorted, keeping its comments
 * (or `header` for a new file). Returns how many were new.
 */
export function addToPublishedList(root: string, file: string, addresses: Iterable<string>, header: string[]): number {
	const list = readPublishedList(root, file);
	const known = new Set(list.entries);
	const before = known.size;
	for (const address of addresses) known.add(address);
	const comments = list.comments.length > 0 ? list.comments : header;
	writeFileSync(join(root, file), [...comments, ...[...known].sort()].join('\n') + '\n');
	return known.size - before;
}
