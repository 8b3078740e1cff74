/**
 * The old addresses of renamed entries (`content/redirects.json`), read and
 * checked once, then given to Astro (a redirect page at each old address)
 * and written as `_redirects` (the format of Netlify and Cloudflare Pages,
 * whose servers then answer with a real 301).
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { readJsonData } from '../lib/content/json-data';
import { withBase } from '../lib/site/urls';
import { redirectsSchema } from '../schemas/redirects';

/**
 * Reads the redirects file (see `src/schemas/redirects.ts`). A missing file
 * is no redirects; a malformed one fails, naming the file and each problem.
 */
export function readRedirects(file: string, root = process.cwd()): Record<string, string> {
	if (!existsSync(file)) return {};
	return readJsonData(file, redirectsSchema, relative(root, file) || file).redirects;
}

/**
 * The redirects as Astro's `redirects` option: old route → new URL. The
 * target carries the base path, since Astro writes it into the redirect page as it is.
 */
export function astroRedirects(redirects: Record<string, string>, base: string): Record<string, string> {
	return Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, withBase(to, base)]));
}

/** `_redirects` for Netlify and Cloudflare Pages: one `old new 301` line per redirect, base path included. */
export function redirectsFile(redirects: Record<string, string>, base: string): string {
	const lines = Object.entries(redirects).map(([from, to]) => `${withBase(from, base)} ${withBase(to, base)} 301`);
	return ['# Old addresses of renamed entries, from content/redirects.json (written by the build).', ...lines, ''].join(
		'\n',
	);
}
