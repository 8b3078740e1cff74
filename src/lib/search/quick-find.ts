/**
 * Quick find: the header dialog's first answers, and the search page's
 * first results, from the outlines of the site's pages (title, other names,
 * summary, section headings, glossary terms) held in one small JSON file and
 * searched with MiniSearch. Pagefind's code and WebAssembly (some 73 KB
 * before any index) load only when the outlines cannot answer: a word they
 * lack, or filters. Pure: the browser code and the tests call it alike.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { rerank, type RankFilter } from './search-ranking';
import type { SearchHit } from './search-hit';

/** A page's outline as the build writes it (`src/integration/quick-index.ts`). */
export interface QuickDoc {
	url: string;
	/** The page's kind, as a reader reads it ("Concept", "Case study"). */
	type: string;
	title: string;
	/** The page's other names, as one line ("" when it has none). */
	aliases: string;
	/** Words readers may type looking for the page that are not its names (the `searchTerms` of a concept, a case's clusters or a glossary entry), as one line. */
	searchTerms: string;
	summary: string;
	headings: { id: string; text: string }[];
	/** The glossary entries the page links to, as the links read. */
	terms: string[];
	/** Whether the page is the glossary or one of its entries: its names count for less than a topic's. */
	glossary: boolean;
	rankFilters: Partial<Record<RankFilter, string>>;
}

/** Turns a word into the form the index holds: lower case, stemmed in the page's language, accents folded. */
export type TermNormalizer = (word: string) => string;

/** A word in lower case without its accents: how the index also holds each word as written. */
export const folded = (word: string): string => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** Lower-cases, stems and folds accents (after stemming: the stemmers know the accented forms). */
export function termNormalizer(stem: (word: string) => string): TermNormalizer {
	return (word) => folded(stem(word.toLowerCase()));
}

/**
 * How much a match in each part of an outline counts, against a match in a
 * heading. A topic's other names count like its title (its reader may know
 * it by either); a glossary entry's names and description count for less,
 * so that the glossary stays behind the topic it abbreviates. Set with the
 * committed query files (tests/search/), in all three languages: answered
 * from the outlines alone, en 93/94 first, fr 73/79, es 76/79 (December 2026).
 */
export const fieldBoosts = {
	title: 6,
	aliases: 4,
	summary: 3,
	headings: 1,
	terms: 0.5,
	glossaryNames: 2,
	glossarySummary: 0.5,
} as const;

type Field = keyof typeof fieldBoosts;
const fields = Object.keys(fieldBoosts) as Field[];
/**
 * The outline's words as written (lower case, accents folded), apart from
 * the stems the other fields hold: searched only for a word still being
 * typed that begins no stem ("absorpti" begins "absorptive", not its stem
 * "absorpt"). Apart, so that a word written as typed counts once, not twice.
 */
const written = 'written';

/** The text of each indexed field of an outline. */
function fieldText(doc: QuickDoc, field: Field): string {
	switch (field) {
		case 'title':
			return doc.title;
		case 'aliases':
			// The words a page answers to count like its other names (set with the query files); only its names are shown as such.
			return doc.glossary ? '' : [doc.aliases, doc.searchTerms].filter(Boolean).join(', ');
		case 'summary':
			return doc.glossary ? '' : doc.summary;
		case 'headings':
			return doc.headings.map((h) => h.text).join(' \n ');
		case 'terms':
			return doc.terms.join(', ');
		case 'glossaryNames':
			return doc.glossary ? [doc.aliases, doc.searchTerms].filter(Boolean).join(', ') : '';
		case 'glossarySummary':
			return doc.glossary ? doc.summary : '';
	}
}

/** Splits text into words as the index does: at anything that is not a letter, a digit or an apostrophe inside a word. */
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
export const wordsOf = (text: string): string[] => text.match(wordPattern) ?? [];

export interface QuickIndex {
	search: MiniSearch<QuickDoc>;
	docs: QuickDoc[];
	normalize: TermNormalizer;
}

/** Builds the index of the outlines (a few milliseconds for the site's two hundred pages). */
export function quickIndex(docs: QuickDoc[], normalize: TermNormalizer): QuickIndex {
	const search = new MiniSearch<QuickDoc>({
		idField: 'url',
		fields: [...fields, written],
		extractField: (doc, field) =>
			field === 'url'
				? doc.url
				: field === written
					? fields.map((f) => fieldText(doc, f)).join(' \n ')
					: fieldText(doc, field as Field),
		tokenize: wordsOf,
		processTerm: (term, field) => (field === written ? folded(term) : normalize(term)) || null,
		// Queries arrive as their terms already (see `quickSearch`).
		searchOptions: { processTerm: (term) => term },
	});
	search.addAll(docs);
	return { search, docs, normalize };
}

export interface QuickOptions {
	/** The query is still being typed: its last word may be unfinished, and matches the words it begins. */
	typing?: boolean;
}

/**
 * The outlines' answer to a query, best first (after the site's own
 * reordering, `rerank`), or undefined when they hold no page with every
 * word of it: then the full text must answer.
 */
export function quickSearch(
	index: QuickIndex,
	query: string,
	{ typing = false }: QuickOptions = {},
): SearchHit[] | undefined {
	const queryWords = wordsOf(query);
	if (queryWords.length === 0) return undefined;
	const last = queryWords.length - 1;
	const stems = queryWords.map(index.normalize);
	// Every word by its stem; the last word, while it is typed, by the stems it begins,
	// or failing those by the written words it begins.
	const lastWord = typing
		? [
				{ queries: [stems[last]!], prefix: true },
				{ queries: [folded(queryWords[last]!)], prefix: true, fields: [written] },
			]
		: [stems[last]!];
	let found: SearchResult[] = [];
	for (const lastQuery of lastWord) {
		found = index.search.search(
			{ combineWith: 'AND', queries: [...stems.slice(0, last), lastQuery] },
			{ fields, boost: { ...fieldBoosts, [written]: 1 }, weights: { prefix: 0.5, fuzzy: 0 } },
		);
		if (found.length > 0) break;
	}
	if (found.length === 0) return undefined;
	const byUrl = new Map(index.docs.map((d) => [d.url, d]));
	const scored = found.flatMap((result) => {
		const doc = byUrl.get(result.id as string);
		return doc ? [{ doc, result, score: result.score, filters: filtersOf(doc), title: doc.title }] : [];
	});
	return rerank(scored, query).map(({ doc, result }) => hitOf(doc, result, index.normalize));
}

const filtersOf = (doc: QuickDoc): Partial<Record<string, string[]>> =>
	Object.fromEntries(Object.entries(doc.rankFilters).map(([name, value]) => [name, [value]]));

/** How many words an excerpt shows, as Pagefind's (`excerptLength` in search-core.ts). */
export const excerptWords = 24;

/** Tells a word of the text that the query matched. */
type WordTest = (word: string) => boolean;

/** The matched words of a text wrapped in <mark>. */
const marked = (text: string, matched: WordTest): string =>
	text.replace(wordPattern, (word) => (matched(word) ? `<mark>${word}</mark>` : word));

/** Up to `excerptWords` words of a text, starting a little before its first match. */
function window(text: string, matched: WordTest): string {
	const tokens = text.split(/\s+/).filter(Boolean);
	const first = tokens.findIndex((token) => wordsOf(token).some(matched));
	const start =
		tokens.length <= excerptWords || first < 0 ? 0 : Math.max(0, Math.min(first - 4, tokens.length - excerptWords));
	return tokens.slice(start, start + excerptWords).join(' ');
}

/** A result: the summary's words around the match (or the other names', when only they match), and the headings that match. */
function hitOf(doc: QuickDoc, result: SearchResult, normalize: TermNormalizer): SearchHit {
	const terms = new Set(result.terms);
	const matched: WordTest = (word) => terms.has(normalize(word)) || terms.has(folded(word));
	const matchesIn = (text: string) => wordsOf(text).some(matched);
	/** How many of the query's words (as matched) a text holds. */
	const coverage = (text: string) => new Set(wordsOf(text).filter(matched).map(normalize)).size;
	// The other names lead when they hold more of the query than the summary: the page was found by one of them.
	const source =
		doc.aliases && coverage(doc.aliases) > coverage(doc.summary) ? `${doc.aliases}. ${doc.summary}` : doc.summary;
	return {
		url: doc.url,
		title: doc.title,
		type: doc.type,
		excerpt: marked(window(source, matched), matched),
		aliases: doc.aliases || undefined,
		sections: doc.headings
			.filter((h) => matchesIn(h.text))
			.slice(0, 3)
			.map((h) => ({ title: h.text, url: `${doc.url}#${h.id}` })),
	};
}
