/**
 * The old addresses of renamed entries (`content/redirects.json`), read and
 * checked once, then given to Astro (a redirect page at each old address)
 * and written as `_redirects` (the format of Netlify and Cloudflare Pages,
 * whose servers then answer with a real 301).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { withBase } from '../lib/site/urls';

export class RedirectsError extends Error {
	override name = 'RedirectsError';
}

const sitePath = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;

/**
 * Reads the redirects file: `{ "redirects": { "/old/path/": "/new/path/" } }`,
 * paths as the site's own (without the base path). A missing file is no
 * redirects; a malformed one fails, naming the file and the problem.
 */
export function readRedirects(file: string, root = process.cwd()): Record<string, string> {
	if (!existsSync(file)) return {};
	const name = relative(root, file) || file;
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new RedirectsError(`${name}: not valid JSON: ${(error as Error).message}`);
	}
	const redirects = (parsed as { redirects?: unknown } | null)?.redirects;
	if (
		typeof parsed !== 'object' ||
		parsed === null ||
		Array.isArray(parsed) ||
		typeof redirects !== 'object' ||
		redirects === null ||
		Array.isArray(redirects)
	) {
		throw new RedirectsError(
			`${name}: expected an object with a "redirects" object of "/old/path/": "/new/path/" pairs`,
		);
	}
	const problems: string[] = [];
	for (const [from, to] of Object.entries(redirects)) {
		if (!sitePath.test(from)) problems.push(`"${from}": the old address must be a site path like "/concepts/old-id/"`);
		if (typeof to !== 'string' || !sitePath.test(to))
			problems.push(`"${from}": the new address ${JSON.stringify(to)} must be a site path like "/concepts/new-id/"`);
		else if (to === from) problems.push(`"${from}": redirects to itself`);
	}
	if (problems.length > 0) throw new RedirectsError(`${name}:\n  ${problems.join('\n  ')}`);
	return redirects as Record<string, string>;
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
