/**
 * The one client-side entry to Pagefind, shared by the search dialog and the
 * search page. Pagefind's code and index load on the first call, never with
 * the page.
 */
import { escapeHtml } from '../lib/html';
import { correctQuery as correctAgainst } from '../lib/spelling';
import { assetUrl, basePath } from '../lib/urls';

export interface SearchFilters {
	[facet: string]: string[];
}

export interface SearchHit {
	url: string;
	title: string;
	type: string;
	/** HTML with the matched words in <mark>, as Pagefind returns it. */
	excerpt: string;
	/** Matches under a heading of the page: deep links to that section. */
	sections: { title: string; url: string; excerpt: string }[];
}

export interface SearchOutcome {
	/** Set when a misspelt query was corrected: the query whose results these are. */
	correctedQuery?: string;
	total: number;
	hits: SearchHit[];
	/** For each facet, the number of results per value, given the current query and filters. */
	counts: Record<string, Record<string, number>>;
}

interface PagefindResult {
	data(): Promise<{
		url: string;
		excerpt: string;
		meta: Record<string, string>;
		sub_results?: { title: string; url: string; excerpt: string }[];
	}>;
}
interface Pagefind {
	init(): Promise<void>;
	options(o: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		query: string | null,
		o?: { filters?: Record<string, { any: string[] }> },
	): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
	preload(query: string): Promise<void>;
}

/**
 * The two indexes built with the site: the full text of every page, and
 * the quick-find outlines (titles, other names, summaries, headings) that
 * the header dialog searches so that its answers arrive fast and light.
 */
export type SearchBundle = 'pagefind' | 'pagefind-quick';
const loading = new Map<SearchBundle, Promise<Pagefind>>();

/** Loads a Pagefind bundle once. Call it early (on focus) to preload; searches await it. */
export function loadPagefind(bundle: SearchBundle = 'pagefind'): Promise<Pagefind> {
	let promise = loading.get(bundle);
	if (!promise) {
		// Built at run time so the bundler leaves Pagefind's own module to the browser.
		const url = new URL(assetUrl(`${bundle}/pagefind.js`), location.origin).href;
		promise = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
			// The indexes are small: searching on the main thread saves loading Pagefind's worker script.
			// The index holds paths inside the site; result URLs get the base path the site is served under.
			await pagefind.options({ excerptLength: 24, noWorker: true, baseUrl: basePath });
			await pagefind.init();
			return pagefind;
		});
		// The quick-find index is not part of the offline copy: offline, the dialog searches the full text instead.
		if (bundle !== 'pagefind') promise = promise.catch(() => loadPagefind('pagefind'));
		loading.set(bundle, promise);
	}
	return promise;
}

let filtersLoaded: Promise<unknown> | undefined;

/** Pagefind counts a facet in search results only once that facet's index is loaded: load them all once. */
async function withFilters(): Promise<Pagefind> {
	const pagefind = await loadPagefind();
	filtersLoaded ??= pagefind.filters();
	await filtersLoaded;
	return pagefind;
}

let vocabulary: Promise<string[]> | undefined;

/**
 * The query with misspelt words replaced by the closest words of the site's
 * vocabulary (a small file fetched with the first search). Pagefind itself
 * matches only whole words and prefixes.
 */
async function correctQuery(query: string): Promise<string | undefined> {
	vocabulary ??= fetch(assetUrl('search-vocabulary.json'))
		.then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
		.catch(() => []);
	return correctAgainst(query, await vocabulary, async () => false);
}

const toPagefindFilters = (filters: SearchFilters) =>
	Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0).map(([k, v]) => [k, { any: v }]));

/**
 * Runs a search. An empty query with filters browses everything that
 * matches the filters. `limit` bounds how many results are loaded.
 */
export async function searchSite(
	query: string,
	filters: SearchFilters = {},
	limit = 20,
	{ counts = true, bundle = 'pagefind' }: { counts?: boolean; bundle?: SearchBundle } = {},
): Promise<SearchOutcome> {
	// The dialog shows no filters, so it skips loading their indexes.
	const pagefind = counts ? await withFilters() : await loadPagefind(bundle);
	const trimmed = query.trim();
	const hasFilters = Object.values(filters).some((v) => v.length > 0);
	if (!trimmed && !hasFilters) return { total: 0, hits: [], counts: await pagefind.filters() };
	const options = { filters: toPagefindFilters(filters) };
	let search = await pagefind.search(trimmed || null, options);
	let correctedQuery: string | undefined;
	// A query that finds little may be misspelt: try the closest spelling the site knows.
	if (trimmed && search.results.length < 5) {
		const corrected = await correctQuery(trimmed);
		if (corrected) {
			// Keep the reader's own words unless the corrected spelling finds more.
			const retry = await pagefind.search(corrected, options);
			if (retry.results.length > search.results.length) [search, correctedQuery] = [retry, corrected];
		}
	}
	const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
	const hits = data.map((d) => ({
		url: d.url,
		title: d.meta.title ?? d.url,
		type: d.meta.type ?? 'Page',
		excerpt: d.excerpt,
		sections: (d.sub_results ?? []).filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3),
	}));
	return { correctedQuery, total: search.results.length, hits, counts: search.filters };
}

/** One result as list-item HTML. The excerpt is Pagefind's, which escapes page text and adds only <mark>. */
export function hitHtml(hit: SearchHit): string {
	const sections = hit.sections.length
		? `<ul class="search-hit-sections">${hit.sections
				.map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a></li>`)
				.join('')}</ul>`
		: '';
	return `<li class="search-hit"><span class="search-hit-type">${escapeHtml(hit.type)}</span>
<a class="search-hit-title" href="${escapeHtml(hit.url)}">${escapeHtml(hit.title)}</a>
<p class="search-hit-excerpt">${hit.excerpt}</p>${sections}</li>`;
}
