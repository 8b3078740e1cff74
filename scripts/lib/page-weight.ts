/**
 * What a built page makes the browser download before anyone interacts
 * with it: its HTML, its stylesheets and its scripts with their static
 * imports (a script's dynamic imports, such as the search index, load
 * only on use). Sizes raw and gzip (level 9), read from `dist/`.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { init, parse } from 'es-module-lexer';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { visit } from 'unist-util-visit';

export interface Size {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	html: Size;
	css: Size;
	js: Size;
	/** The URL paths of the stylesheets and scripts counted. */
	assets: string[];
	/** Whether the page draws a diagram (a figure of class `diagram`). */
	hasDiagram: boolean;
	/** Whether the page is an entry's page (concept, case, lesson, recommendation). */
	isEntry: boolean;
}

const sizeOf = (files: Buffer[]): Size => ({
	raw: files.reduce((n, b) => n + b.length, 0),
	gzip: files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
});

const classes = (node: Element) =>
	Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];

/** Stylesheet and script URL paths a parsed page refers to, and what kind of page it is. */
export function pageAssets(tree: Root, pagePath: string) {
	const styles: string[] = [];
	const scripts: string[] = [];
	let hasDiagram = false;
	let isEntry = false;
	const resolve = (href: string) => posix.resolve(posix.dirname(`${pagePath}x`), href.split(/[?#]/)[0]);
	visit(tree, 'element', (node: Element) => {
		const p = node.properties;
		const rel = Array.isArray(p.rel) ? p.rel.map(String) : [];
		if (node.tagName === 'link' && rel.includes('stylesheet') && typeof p.href === 'string')
			styles.push(resolve(p.href));
		if (node.tagName === 'link' && rel.includes('modulepreload') && typeof p.href === 'string')
			scripts.push(resolve(p.href));
		if (node.tagName === 'script' && typeof p.src === 'string') scripts.push(resolve(p.src));
		if (node.tagName === 'figure' && classes(node).includes('diagram')) hasDiagram = true;
		if (node.tagName === 'article' && p.dataEntry !== undefined) isEntry = true;
	});
	return { styles, scripts, hasDiagram, isEntry };
}

/** A script and every module it imports statically, as URL paths (each once). */
function withStaticImports(distDir: string, scripts: string[]): string[] {
	const seen = new Set<string>();
	const visitScript = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		const [imports] = parse(readFileSync(join(distDir, path), 'utf8'));
		for (const i of imports) {
			// d === -1: a static import; dynamic imports (d >= 0) and import.meta (d === -2) load nothing up front.
			if (i.d === -1 && i.n && (i.n.startsWith('.') || i.n.startsWith('/')))
				visitScript(posix.resolve(posix.dirname(path), i.n));
		}
	};
	for (const s of scripts) visitScript(s);
	return [...seen];
}

/** The weight of a script of `dist/` (its URL path) with every module it imports statically. */
export async function scriptWeight(distDir: string, path: string): Promise<Size> {
	await init;
	return sizeOf(withStaticImports(distDir, [path]).map((p) => readFileSync(join(distDir, p))));
}

/** The weight of one page of `dist/` (`file` relative to it, `pagePath` its URL path). */
export async function pageWeight(distDir: string, file: string, pagePath: string): Promise<PageWeight> {
	await init;
	const html = readFileSync(join(distDir, file));
	const { styles, scripts, hasDiagram, isEntry } = pageAssets(fromHtml(html.toString('utf8')), pagePath);
	const css = [...new Set(styles)];
	const js = withStaticImports(distDir, [...new Set(scripts)]);
	const read = (path: string) => readFileSync(join(distDir, path));
	return {
		html: sizeOf([html]),
		css: sizeOf(css.map(read)),
		js: sizeOf(js.map(read)),
		assets: [...css, ...js],
		hasDiagram,
		isEntry,
	};
}

/** What is not the page's own content: site chrome inside `<main>` (the cite box, print-only lines, data for machines). */
const chromeInMain = '.cite-this, .print-only, script, style, template';

/**
 * The content floor of a page: gzip size of its own text and drawings (the
 * visible text of `<main>` without the cite box, plus the
 * markup of its inline SVG drawings), the least a first visit could weigh.
 */
export function contentFloor(tree: Root): Size {
	const main = select('main', tree);
	if (!main) return { raw: 0, gzip: 0 };
	const content = structuredClone(main);
	for (const chrome of selectAll(chromeInMain, content)) {
		chrome.children = [];
	}
	const drawings = selectAll('svg', content).map((svg) => toHtml(svg));
	for (const svg of selectAll('svg', content)) svg.children = [];
	const text = [toString(content).replace(/\s+/g, ' '), ...drawings].join('\n');
	return sizeOf([Buffer.from(text)]);
}
