/**
 * A sample of the built site's pages, one or two of each kind, for the
 * browser checks too slow to run on every page of the sitemap (axe, the
 * phone width, touch targets, diagram text as drawn). Pages of one kind
 * share a layout and components, so the sample grows with the kinds of
 * page, not with the pages: a new edition (`/fr/concepts/…`) adds its
 * kinds, not its hundreds of entries. What can be checked without a browser
 * is checked on every page by the gates in tests/dist.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtSitemapPaths } from '../../src/integration/sitemap';
import { collections, ownPageCollections } from '../../src/lib/content/collections';

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Entry pages picked by hand for what they hold beyond their kind's usual content: charts, tables, many links. */
const pinned = [
	'/concepts/absorptive-capacity/',
	'/concepts/joint-action/',
	'/cases/sialkot/',
	'/cases/african-clusters/',
	'/lessons/ludhiana-diverse-markets/',
	'/recommendations/gradual-cooperation/',
	'/glossary/sima/',
];

/** The listing paths under which entries have pages of their own (`/concepts/`, `/glossary/`, …). */
const entryParents = ownPageCollections.map((c) => collections[c].page.path);

/**
 * The kind of a page: `/concepts/<id>/` for the page of any concept (under
 * any prefix, such as an edition's `/fr/`), and the path itself for a page
 * of its own layout (`/`, `/map/concepts/`, `/charts/`).
 */
export function pageKind(path: string): string {
	const parent = path.replace(/[^/]+\/$/, '');
	return parent !== path && entryParents.some((p) => parent.endsWith(p)) ? `${parent}<id>/` : path;
}

const htmlBytes = (path: string) => statSync(`${distDir}${path.slice(1)}index.html`).size;

/** For each kind of page in the sitemap: its pinned pages, and its largest page (the most content to go wrong). */
function sampleOf(paths: readonly string[]): string[] {
	const missing = pinned.filter((p) => !paths.includes(p));
	if (missing.length > 0) throw new Error(`pinned sample pages not in the sitemap (renamed?): ${missing.join(', ')}`);
	const byKind = Map.groupBy(paths, pageKind);
	return [...byKind.values()].flatMap((pages) => {
		const largest = pages.reduce((a, b) => (htmlBytes(b) > htmlBytes(a) ? b : a));
		return [...new Set([...pages.filter((p) => pinned.includes(p)), largest])];
	});
}

export const samplePages: readonly string[] = sampleOf(builtSitemapPaths(distDir));
