/**
 * Markup that only the build reads. Pagefind takes each page's search
 * filters from `<meta data-pagefind-filter>` tags in its head, and quick
 * find a concept's search terms from `<meta data-search-term>` tags
 * (src/components/SearchFacets.astro); once the indexes are written they
 * serve no reader, yet the filters alone weighed up to a third of a kilobyte
 * (gzip) on every first visit of a concept page. They are cut from the written pages by the
 * positions the HTML parser gives them: nothing else in a page changes, byte
 * for byte.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import type { DistPage } from './dist-files';

/** The elements only the build reads: Pagefind's filters, and the words quick find answers to that are not a page's names. */
const buildOnly = 'meta[data-pagefind-filter], meta[data-search-term]';

/** The page's HTML without the elements only the build reads (`html` is the text `tree` was parsed from). */
export function withoutBuildOnlyMarkup(html: string, tree: Root): string {
	const spans = selectAll(buildOnly, tree).map((node) => {
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start === undefined || end === undefined) throw new Error('an element without its place in the page');
		return [start, end] as const;
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
