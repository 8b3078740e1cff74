/**
 * Checks every internal link and anchor of the built site. Runs over the
 * HTML in `dist/`, so it sees the links of every page, component and
 * content file alike, after the URL builder has done its work.
 */
import { statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { parseHtml, readDistPages, urlPathOf, type DistPage } from './dist-files';
import { externalSchemes, schemeOf, sourceFileOfUrl, withBase, withoutBase } from '../lib/site/urls';
import { inThisEdition } from '../lib/site/editions';

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

/** Elements whose `href` is a link, and those whose `src` loads a file. */
const hrefElements = new Set(['a', 'link', 'area']);
const srcElements = new Set(['img', 'script', 'source', 'iframe']);

/**
 * Reads the ids and links of one HTML document (a tree from `dist-files.ts`,
 * or HTML text). Ids inside inline SVG (diagram internals) count too: they
 * are valid targets. Code inside <script> is text in the tree, never links.
 */
export function readPage(path: string, page: Root | string): PageLinks {
	const tree = typeof page === 'string' ? parseHtml(page) : page;
	const ids = new Set<string>();
	const hrefs: string[] = [];
	visit(tree, 'element', (node: Element) => {
		const { id, href, src } = node.properties;
		if (typeof id === 'string' && id) ids.add(id);
		if (hrefElements.has(node.tagName) && typeof href === 'string') hrefs.push(href);
		if (srcElements.has(node.tagName) && typeof src === 'string') hrefs.push(src);
	});
	return { path, ids, hrefs };
}

/**
 * Finds broken internal links. `exists(path)` says whether a non-page file
 * (CSS, image, search index) is in the output. Pages sit in `dist/` without
 * the base path the site is served under (`/skills/`); every link must
 * carry it, so links are resolved as a browser would, at `<base><page>`.
 */
export function findBrokenLinks(
	pages: readonly PageLinks[],
	exists: (path: string) => boolean,
	base = '/',
): BrokenLink[] {
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
			const target = withoutBase(inThisEdition(url.pathname, base), base);
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

/** Checks the built site in `distDir`, to be served under `base` (pages read once by `readDistPages`, or given). */
export function checkBuiltSite(
	distDir: string,
	base = '/',
	distPages: readonly DistPage[] = readDistPages(distDir),
): BrokenLink[] {
	const pages = distPages.map((p) => readPage(p.path, p.tree));
	return findBrokenLinks(
		pages,
		(path) => {
			const local = join(distDir, decodeURIComponent(path));
			return existsSync(local) && (statSync(local).isFile() || existsSync(join(local, 'index.html')));
		},
		base,
	);
}

/** One message for all broken links, naming the page, its source file and the reason. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
	return [
		`${broken.length} broken internal link(s):`,
		...broken.map((b) => `  ${b.source ?? b.page} (page ${b.page}): link "${b.href}": ${b.reason}`),
	].join('\n');
}
