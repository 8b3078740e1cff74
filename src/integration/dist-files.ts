/**
 * The one reader of the built pages in `dist/`: their files, their URL
 * paths, and each page parsed once into an HTML syntax tree (hast), which
 * the link check, the quick-find index and the bench then query. Nothing
 * reads built HTML with regular expressions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { translatedLanguages } from '../i18n/languages.ts';

const isTranslatedLanguage = (name: string) => (translatedLanguages as readonly string[]).includes(name);

/** The HTML pages of a built site, as paths relative to `dist/` (search index folders and other editions excluded). */
export function* htmlFiles(dir: string, base = dir): Generator<string> {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			// Pagefind's bundles are no pages; a translated edition (dist/fr/) is a site of its own, read on its own.
			const ownSite = !(dir === base && (name.startsWith('pagefind') || isTranslatedLanguage(name)));
			if (ownSite) yield* htmlFiles(full, base);
		} else if (name.endsWith('.html')) yield relative(base, full);
	}
}

/** The URL path of a file in `dist/` (`concepts/x/index.html` → `/concepts/x/`), without the base path. */
export function urlPathOf(fileInDist: string): string {
	const posix = fileInDist.split(sep).join('/');
	if (posix === 'index.html') return '/';
	if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
	return `/${posix}`;
}

/** The file in `dist/` behind a URL path without the base path (`/concepts/x/` → `concepts/x/index.html`): the inverse of `urlPathOf`. */
export function fileOfUrlPath(urlPath: string): string {
	const relativePath = urlPath.replace(/^\//, '');
	return relativePath === '' || relativePath.endsWith('/') ? `${relativePath}index.html` : relativePath;
}

/** A built page: its file in `dist/`, its URL path (without the base path), its bytes and its tree. */
export interface DistPage {
	file: string;
	path: string;
	bytes: Buffer;
	tree: Root;
}

/**
 * Parses an HTML document into hast. Verbose: each element also records
 * where each of its attributes lies in the text (`data.position.properties`),
 * which cutting the attributes only the build reads needs; the parser
 * tracks those places anyway, so this costs next to nothing.
 */
export const parseHtml = (html: string): Root => fromHtml(html, { verbose: true });

/** Every page of a built site, each read and parsed once. */
export function readDistPages(distDir: string): DistPage[] {
	return [...htmlFiles(distDir)].map((file) => {
		const bytes = readFileSync(join(distDir, file));
		return { file, path: urlPathOf(file), bytes, tree: parseHtml(bytes.toString('utf8')) };
	});
}
