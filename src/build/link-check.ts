/**
 * Checks every internal link and anchor of the built site. Runs over the
 * HTML in `dist/`, so it sees the links of every page, component and
 * content file alike, after the URL builder has done its work.
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, urlPathOf } from './dist-files';
import { decodeHtml } from '../lib/html';
import { externalSchemes, schemeOf, sourceFileOfUrl, withBase, withoutBase } from '../lib/urls';

export { urlPathOf };

export interface BrokenLink {
	/** The page that has the link, as a URL path. */
	page: string;
	/** The content file behind that page, when there is one. */
	source?: string;
	href: string;
	reason: string;
}

/** A built page: its URL path, the ids it defines and the links it holds. */
export interface PageLinks {
	path: string;
	ids: Set<string>;
	hrefs: string[];
}

const idPattern = /\sid\s*=\s*"([^"]*)"/g;
const hrefPattern = /<(?:a|link|area)\b[^>]*?\shref\s*=\s*"([^"]*)"/g;
const srcPattern = /<(?:img|script|source|iframe)\b[^>]*?\ssrc\s*=\s*"([^"]*)"/g;


/** Reads the ids and links of one HTML document. */
export function readPage(path: string, rawHtml: string): PageLinks {
	// Code inside <script> and <style> is not markup: its strings are not links.
	const html = rawHtml.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
	// Ids inside inline SVG (diagram internals) count too: they are valid targets.
	const ids = new Set([...html.matchAll(idPattern)].map((m) => decodeHtml(m[1])));
	const hrefs = [...html.matchAll(hrefPattern), ...html.matchAll(srcPattern)].map((m) => decodeHtml(m[1]));
	return { path, ids, hrefs };
}

/**
 * Finds broken internal links. `exists(path)` says whether a non-page file
 * (CSS, image, search index) is in the output. Pages sit in `dist/` without
 * the base path the site is served under (`/skills/`); every link must
 * carry it, so links are resolved as a browser would, at `<base><page>`.
 */
export function findBrokenLinks(pages: readonly PageLinks[], exists: (path: string) => boolean, base = '/'): BrokenLink[] {
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const href of page.hrefs) {
			const report = (reason: string) =>
				broken.push({ page: page.path, source: sourceFileOfUrl(page.path), href, reason });
			const scheme = schemeOf(href);
			if (scheme !== undefined) {
				// A `word:` that is no web scheme is a mistyped content link that reached the page (`concept:x`).
				if (!(externalSchemes as readonly string[]).includes(scheme)) report(`unknown scheme "${scheme}:"`);
				continue; // other hosts: not ours to check here
			}
			if (href.startsWith('//')) continue;
			const url = new URL(href, `http://site.invalid${withBase(page.path, base)}`);
			const target = withoutBase(url.pathname, base);
			if (target === undefined) {
				report(`${url.pathname} is outside the base path ${base} the site is served under`);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			const targetPage = byPath.get(target) ?? (target.endsWith('/') ? undefined : byPath.get(`${target}/`));
			if (targetPage) {
				if (anchor && !targetPage.ids.has(anchor)) report(`no element with id "${anchor}" on ${targetPage.path}`);
				continue;
			}
			if (!exists(target)) report(`no page or file at ${target}`);
		}
	}
	return broken;
}

/** Checks the built site in `distDir`, to be served under `base`. */
export function checkBuiltSite(distDir: string, base = '/'): BrokenLink[] {
	const pages = [...htmlFiles(distDir)].map((file) =>
		readPage(urlPathOf(file), readFileSync(join(distDir, file), 'utf8')),
	);
	return findBrokenLinks(pages, (path) => {
		const local = join(distDir, decodeURIComponent(path));
		return existsSync(local) && (statSync(local).isFile() || existsSync(join(local, 'index.html')));
	}, base);
}

/** One message for all broken links, naming the page, its source file and the reason. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
	return [
		`${broken.length} broken internal link(s):`,
		...broken.map((b) => `  ${b.source ?? b.page} (page ${b.page}): link "${b.href}": ${b.reason}`),
	].join('\n');
}
