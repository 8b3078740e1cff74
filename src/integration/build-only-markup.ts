/**
 * Markup that only the build reads. Pagefind takes each page's search
 * filters from `<meta data-pagefind-filter>` tags in its head, and quick
 * find a concept's search terms from `<meta data-search-term>` tags
 * (src/components/SearchFacets.astro); Pagefind also reads the
 * `data-pagefind-*` attributes that mark what it indexes, ignores and
 * weighs. Once the indexes are written they serve no reader, yet the filters
 * alone weighed up to a third of a kilobyte (gzip) on every first visit of a
 * concept page, and the attributes 40 to 150 bytes on every page. They are
 * cut from the written pages by the positions the HTML parser gives them:
 * nothing else in a page changes, byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { matches, selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import type { DistPage } from './dist-files';

/** The elements only the build reads: Pagefind's filters, and the words quick find answers to that are not a page's names. */
const buildOnly = 'meta[data-pagefind-filter], meta[data-search-term]';
/** The attributes only the build reads (as hast names them: `data-pagefind-ignore` is `dataPagefindIgnore`). */
const isBuildOnlyAttribute = (property: string) => property.startsWith('dataPagefind');

interface Place {
	start?: { offset?: number };
	end?: { offset?: number };
}
const span = (place: Place | undefined, what: string): [number, number] => {
	const start = place?.start?.offset;
	const end = place?.end?.offset;
	if (start === undefined || end === undefined) throw new Error(`${what} without its place in the page`);
	return [start, end];
};

/**
 * The page's HTML without the elements and attributes only the build reads
 * (`tree` is `html` as `parseHtml` parses it, with the places of attributes).
 */
export function withoutBuildOnlyMarkup(html: string, tree: Root): string {
	const spans = selectAll(buildOnly, tree).map((node) => span(node.position, 'an element'));
	visit(tree, 'element', (node: Element) => {
		if (matches(buildOnly, node)) return;
		const places = (node.data as { position?: { properties?: Record<string, Place | undefined> } } | undefined)
			?.position?.properties;
		for (const property of Object.keys(node.properties).filter(isBuildOnlyAttribute)) {
			const [start, end] = span(places?.[property], `the attribute ${property}`);
			// With the space before it, which separates it from the tag's name or the attribute before.
			spans.push([/\s/.test(html[start - 1]) ? start - 1 : start, end]);
		}
	});
	let kept = html;
	for (const [start, end] of spans.sort(([a], [b]) => b - a)) kept = kept.slice(0, start) + kept.slice(end);
	return kept;
}

/** Writes each built page that has such markup again without it; returns how many were written. */
export function removeBuildOnlyMarkup(distDir: string, pages: readonly DistPage[]): number {
	let written = 0;
	for (const page of pages) {
		const html = page.bytes.toString('utf8');
		const kept = withoutBuildOnlyMarkup(html, page.tree);
		if (kept === html) continue;
		writeFileSync(join(distDir, page.file), kept);
		written++;
	}
	return written;
}
