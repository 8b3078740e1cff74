/**
 * The one entry to search, shared by the search dialog and the search
 * page: quick find over the pages' outlines (`quick-find.ts`), and
 * Pagefind over their full text. It runs in the search worker
 * (`search-worker.ts`); pages call it through `search-client.ts`. The
 * outlines, and Pagefind's code and index, load on first use, never with
 * the page.
 */
import { pagefindRanking, rerank, rerankSlack } from '../lib/search/search-ranking';
import { checkSpelling, type SpellingCheck } from '../lib/search/spelling';
import { quickIndex, quickSearch, termNormalizer, type QuickDoc, type QuickIndex } from '../lib/search/quick-find';
import { loadStemmer } from '../lib/search/stemmers';
import type { SearchHit } from '../lib/search/search-hit';
import { assetUrl, basePath, siteFileUrl } from '../lib/site/urls';
import { defaultLanguage, languageOf, locales } from '../i18n/languages';

export interface SearchFilters {
	[facet: string]: string[];
}

export type { SearchHit };

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
	/** Ask the outlines first (quick find); the full text answers what they cannot. */
	quick?: boolean;
	/** Only the outlines: undefined when they cannot answer (the search page's first results, before the full text). */
	quickOnly?: boolean;
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

let language = locales[defaultLanguage].tag;
/** The page's language, which decides the index Pagefind loads (in a worker it cannot read the page's `lang`). Set before the first load. */
export function useLanguage(lang: string): void {
	language = lang;
}

/** Where Pagefind's files are. */
const pagefindUrl = new URL(assetUrl('pagefind/'), location.origin).href;
let pagefindLoading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once. Call it early (on focus) to preload; searches await it.
 * Pagefind searches in the calling thread: this module already runs in a worker.
 */
export function loadPagefind(): Promise<Pagefind> {
	// Built at run time so the bundler leaves Pagefind's own module to the browser.
	pagefindLoading ??= (import(/* @vite-ignore */ `${pagefindUrl}pagefind.js`) as Promise<Pagefind>).then(
		async (pagefind) => {
			// The index holds paths inside the site; result URLs get the base path the site is served under.
			await pagefind.options({ excerptLength: 24, noWorker: true, baseUrl: basePath, ranking: pagefindRanking });
			await pagefind.init(language);
			return pagefind;
		},
	);
	return pagefindLoading;
}

let quickLoading: Promise<QuickIndex> | undefined;

/** Loads the outlines and indexes them once, with the stemmer of the page's language. */
export function loadQuickFind(): Promise<QuickIndex> {
	quickLoading ??= Promise.all([
		fetch(new URL(siteFileUrl('quickFind'), location.origin)).then((r) => {
			if (!r.ok) throw new Error(`quick find: ${r.status}`);
			return r.json() as Promise<QuickDoc[]>;
		}),
		loadStemmer(languageOf(language)),
	]).then(([docs, stem]) => quickIndex(docs, termNormalizer(stem)));
	// Unreachable outlines leave the full text to answer, and are asked again next time.
	quickLoading.catch(() => (quickLoading = undefined));
	return quickLoading;
}

let filtersLoaded: Promise<unknown> | undefined;

/** Pagefind counts a facet in search results only once that facet's index is loaded: load them all once. */
async function withFilters(): Promise<Pagefind> {
	const pagefind = await loadPagefind();
	filtersLoaded ??= pagefind.filters();
	await filtersLoaded;
	return pagefind;
}

/** The two indexes: the pages' outlines (quick find) and their full text (Pagefind). */
export type SearchIndexName = 'quick' | 'full';

/** Starts loading an index ahead of the first search (on focus, say). */
export const loadIndex = (name: SearchIndexName): Promise<unknown> =>
	name === 'quick' ? loadQuickFind().catch(() => undefined) : loadPagefind();

let vocabulary: Promise<string[]> | undefined;

/**
 * The words of the full text (a file beside its index): for spelling
 * suggestions, fetched only when a word is unknown, and for telling a word
 * still being typed from an unknown one.
 */
function loadVocabulary(): Promise<string[]> {
	vocabulary ??= fetch(`${pagefindUrl}vocabulary.json`)
		.then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
		.catch(() => []);
	return vocabulary;
}

/** Whether an index holds a word: a quoted search matches the word itself, not the longer or shorter words Pagefind falls back to. */
const holds = (pagefind: Pagefind) => async (word: string) => (await pagefind.search(`"${word}"`)).results.length > 0;
/** Whether some word of the full text begins with these letters (Pagefind's own matching also stems, so "factory" would find "factors"). */
const beginsWord = async (letters: string) => (await loadVocabulary()).some((w) => w.startsWith(letters));

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
		// Nothing asked yet (the search page shows the outlines' results first): nothing loaded.
		if (count === 0) return [];
		if (first) {
			first = false;
			const batch = await load(count + rerankSlack);
			const ranked = rerank(
				batch.map((b) => ({ ...b, filters: b.data.filters, title: b.data.meta.title })),
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

/** An outcome of hits already ranked, handed out in order. */
function listed(hits: SearchHit[]): SearchOutcome {
	const left = [...hits];
	return { unknownWords: [], total: hits.length, counts: {}, more: async (count) => left.splice(0, count) };
}

/**
 * Runs a search. An empty query with filters browses everything that
 * matches the filters. A query with a word that occurs nowhere in the
 * site's text finds nothing and may carry a suggested spelling. With
 * `quick`, the outlines answer when some page's outline holds every word;
 * otherwise the full text does. `typing`: the query is being typed, so its
 * last word may be unfinished and matches the words it begins.
 */
export async function searchSite(
	query: string,
	filters: SearchFilters = {},
	{ counts = true, quick = false, quickOnly = false, typing = false }: SearchOptions = {},
): Promise<SearchOutcome | undefined> {
	const trimmed = query.trim();
	const hasFilters = Object.values(filters).some((v) => v.length > 0);
	if ((quick || quickOnly) && trimmed && !hasFilters) {
		const hits = await loadQuickFind().then(
			(index) => quickSearch(index, trimmed, { typing }),
			() => undefined,
		);
		if (hits) return listed(hits);
	}
	if (quickOnly) return undefined;
	const options = { filters: toPagefindFilters(filters) };
	// The dialog shows no filters, so it skips loading their indexes.
	const pagefind = counts ? await withFilters() : await loadPagefind();
	if (!trimmed && !hasFilters) return { unknownWords: [], total: 0, counts: await pagefind.filters(), more: nothing };
	// The words are checked while the search runs; both read the same index chunks.
	const noWords: SpellingCheck = { unknown: [] };
	const [spelling, search] = await Promise.all([
		trimmed ? checkSpelling(trimmed, holds(pagefind), loadVocabulary, typing ? beginsWord : undefined) : noWords,
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
