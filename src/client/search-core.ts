/**
 * The one entry to Pagefind, shared by the search dialog and the search
 * page. It runs in the search worker (`search-worker.ts`); pages call it
 * through `search-client.ts`. Pagefind's code and index load on the first
 * call, never with the page.
 */
import { pagefindRanking, rerank, rerankSlack } from '../lib/search/search-ranking';
import { checkSpelling, unknownWords, type SpellingCheck } from '../lib/search/spelling';
import { assetUrl, basePath } from '../lib/site/urls';
import { defaultLanguage, locales } from '../i18n/languages';

export interface SearchFilters {
	[facet: string]: string[];
}

export interface SearchHit {
	url: string;
	title: string;
	type: string;
	/** Page text with the matched words in <mark>, as Pagefind returns it: render it with `excerptParts`, never as HTML. */
	excerpt: string;
	/** The page's other names (a topic page's `aliases` meta), if it has any. */
	aliases?: string;
	/** Matches under a heading of the page: deep links to that section. */
	sections: { title: string; url: string }[];
}

export interface SearchOutcome {
	/** Query words that occur nowhere in the site's text: then nothing is found. */
	unknownWords: string[];
	/** A spelling to offer when some words are unknown; never searched in the reader's place. */
	suggestion?: string;
	total: number;
	/** For each facet, the number of results per value, given the current query and filters. */
	counts: Record<string, Record<string, number>>;
	/** Loads the next `count` results, in ranked order (an empty list once all are shown). */
	more(count: number): Promise<SearchHit[]>;
}

export interface SearchOptions {
	/** Count results per filter value (the search page's filters); the dialog shows none and skips loading their indexes. */
	counts?: boolean;
	/** The index to try first (see `SearchBundle`). */
	bundle?: SearchBundle;
	/** The query is still being typed: its last word may be unfinished. */
	typing?: boolean;
}

interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
	score: number;
	data(): Promise<PagefindData>;
}
interface Pagefind {
	init(language?: string): Promise<void>;
	options(o: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		query: string | null,
		o?: { filters?: Record<string, { any: string[] }> },
	): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
}

/**
 * The two indexes built with the site: the full text of every page, and
 * the quick-find outlines (titles, other names, summaries, headings) that
 * the header dialog searches first so that its answers arrive fast and light.
 */
export type SearchBundle = 'pagefind' | 'pagefind-quick';
const loading = new Map<SearchBundle, Promise<Pagefind>>();

let language = locales[defaultLanguage].tag;
/** The page's language, which decides the index Pagefind loads (in a worker it cannot read the page's `lang`). Set before the first load. */
export function useLanguage(lang: string): void {
	language = lang;
}

/** Where a bundle's files are. */
const bundleUrl = (bundle: SearchBundle) => new URL(assetUrl(`${bundle}/`), location.origin).href;

/**
 * Loads a Pagefind bundle once. Call it early (on focus) to preload; searches await it.
 * Pagefind searches in the calling thread: this module already runs in a worker.
 */
export function loadPagefind(bundle: SearchBundle = 'pagefind'): Promise<Pagefind> {
	let promise = loading.get(bundle);
	if (!promise) {
		// Built at run time so the bundler leaves Pagefind's own module to the browser.
		const url = `${bundleUrl(bundle)}pagefind.js`;
		promise = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
			// The index holds paths inside the site; result URLs get the base path the site is served under.
			await pagefind.options({ excerptLength: 24, noWorker: true, baseUrl: basePath, ranking: pagefindRanking });
			await pagefind.init(language);
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

const vocabularies = new Map<SearchBundle, Promise<string[]>>();

/**
 * The words of a bundle's index (a file beside it): the full text's for spelling
 * suggestions, fetched only when a word is unknown; either's for telling a word
 * still being typed from an unknown one.
 */
function loadVocabulary(bundle: SearchBundle): Promise<string[]> {
	let words = vocabularies.get(bundle);
	if (!words) {
		words = fetch(`${bundleUrl(bundle)}vocabulary.json`)
			.then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
			.catch(() => []);
		vocabularies.set(bundle, words);
	}
	return words;
}

/** Whether an index holds a word: a quoted search matches the word itself, not the longer or shorter words Pagefind falls back to. */
const holds = (pagefind: Pagefind) => async (word: string) => (await pagefind.search(`"${word}"`)).results.length > 0;
/** Whether some word of a bundle's index begins with these letters (Pagefind's own matching also stems, so "factory" would find "factors"). */
const beginsWord = (bundle: SearchBundle) => async (letters: string) =>
	(await loadVocabulary(bundle)).some((w) => w.startsWith(letters));

const toPagefindFilters = (filters: SearchFilters) =>
	Object.fromEntries(
		Object.entries(filters)
			.filter(([, v]) => v.length > 0)
			.map(([k, v]) => [k, { any: v }]),
	);

const toHit = (d: PagefindData): SearchHit => ({
	url: d.url,
	title: d.meta.title ?? d.url,
	type: d.meta.type ?? 'Page',
	excerpt: d.excerpt,
	aliases: d.meta.aliases,
	sections: (d.sub_results ?? [])
		.filter((s) => s.url !== d.url && s.url.includes('#'))
		.slice(0, 3)
		.map(({ title, url }) => ({ title, url })),
});

/**
 * Results loaded on demand. The first call loads a few more than asked and
 * reorders them (see `rerank`); later calls continue in Pagefind's order.
 */
function pager(results: PagefindResult[], query: string): (count: number) => Promise<SearchHit[]> {
	const ready: SearchHit[] = [];
	let loaded = 0;
	const load = async (n: number) => {
		const batch = results.slice(loaded, loaded + n);
		loaded += batch.length;
		return Promise.all(batch.map(async (r) => ({ score: r.score, data: await r.data() })));
	};
	let first = true;
	return async (count) => {
		if (first) {
			first = false;
			const batch = await load(count + rerankSlack);
			const ranked = rerank(
				batch.map((b) => ({ ...b, filters: b.data.filters })),
				query,
			);
			ready.push(...ranked.map((b) => toHit(b.data)));
		} else if (ready.length < count) {
			ready.push(...(await load(count - ready.length)).map((b) => toHit(b.data)));
		}
		return ready.splice(0, count);
	};
}

const nothing = async () => [];

/**
 * Runs a search. An empty query with filters browses everything that
 * matches the filters. A query with a word that occurs nowhere in the
 * site's text finds nothing and may carry a suggested spelling. The quick
 * bundle answers when it holds every word and finds something; otherwise
 * the full text does. `typing`: the query is being typed, so its last word
 * may be unfinished and counts as known when some word begins with it
 * (the dialog's first keystrokes then stay in the small quick-find index).
 */
export async function searchSite(
	query: string,
	filters: SearchFilters = {},
	{ counts = true, bundle = 'pagefind', typing = false }: SearchOptions = {},
): Promise<SearchOutcome> {
	const trimmed = query.trim();
	const hasFilters = Object.values(filters).some((v) => v.length > 0);
	const options = { filters: toPagefindFilters(filters) };
	if (bundle === 'pagefind-quick' && trimmed && !hasFilters) {
		const quick = await loadPagefind(bundle);
		if ((await unknownWords(trimmed, holds(quick), typing ? beginsWord(bundle) : undefined)).length === 0) {
			const search = await quick.search(trimmed, options);
			if (search.results.length > 0) {
				return { unknownWords: [], total: search.results.length, counts: {}, more: pager(search.results, trimmed) };
			}
		}
	}
	// The dialog shows no filters, so it skips loading their indexes.
	const pagefind = counts ? await withFilters() : await loadPagefind();
	if (!trimmed && !hasFilters) return { unknownWords: [], total: 0, counts: await pagefind.filters(), more: nothing };
	// The words are checked while the search runs; both read the same index chunks.
	const noWords: SpellingCheck = { unknown: [] };
	const [spelling, search] = await Promise.all([
		trimmed
			? checkSpelling(
					trimmed,
					holds(pagefind),
					() => loadVocabulary('pagefind'),
					typing ? beginsWord('pagefind') : undefined,
				)
			: noWords,
		pagefind.search(trimmed || null, options),
	]);
	// Pagefind answers an unknown word with pages holding a shorter or longer word: those are not what was asked for.
	if (spelling.unknown.length > 0) {
		return { unknownWords: spelling.unknown, suggestion: spelling.suggestion, total: 0, counts: {}, more: nothing };
	}
	return {
		unknownWords: [],
		total: search.results.length,
		counts: search.filters,
		more: pager(search.results, trimmed),
	};
}
