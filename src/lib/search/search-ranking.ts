/**
 * How search orders its results beyond Pagefind's own score. Pagefind's
 * ranking favours short pages, and a glossary entry is a very short page
 * that repeats its abbreviation in its title: left alone, "FDA ban" puts the
 * FDA entry above the Sialkot case that tells the story. An abbreviation's
 * glossary entry therefore counts for less, unless the reader typed that
 * abbreviation and nothing else ("SV", "GMP"), when it is the answer.
 * Pure: used by the browser code and tested without it.
 */
import { words } from './spelling';

/** The weights passed to Pagefind's ranking (`pagefind.options({ ranking })`). */
export const pagefindRanking = {
	/**
	 * Words in a topic page's other names (its `aliases` meta, set on the
	 * "Also known as" line of concepts and cases) raise it like words in its title.
	 */
	metaWeights: { title: 5, aliases: 3 },
	/**
	 * How much a short page is favoured (Pagefind's default 0.75). The topic
	 * pages are longer than the recommendations and glossary entries that
	 * mention them; at 0.3 "quality-oriented markets" finds its concept page
	 * first rather than a recommendation, and no query of the committed
	 * query file (tests/search/queries.json) loses its first place.
	 */
	pageLength: 0.3,
};

/** Share of its score an abbreviation's glossary entry keeps when the query is not that abbreviation. */
export const abbreviationEntryWeight = 0.4;

/**
 * Share of its score a listing keeps (the A to Z of concepts, lessons, the
 * glossary...): it repeats every entry's summary, so it matches nearly any
 * query, but the entry it lists is the answer.
 */
export const listingWeight = 0.5;

/**
 * The Pagefind filters a page sets for ranking (in its <head>; filters are
 * not searched as text, so they do not skew the match itself):
 * `abbreviation` on an abbreviation's glossary entry, `listing` on a list of entries.
 */
export const rankFilterNames = ['abbreviation', 'listing'] as const;
export type RankFilter = (typeof rankFilterNames)[number];

/**
 * How many results past those to be shown are loaded before reordering, so
 * that a glossary entry moved down is replaced by the next pages.
 */
export const rerankSlack = 4;

/**
 * How much more a page counts whose title is the query itself, word for word
 * (case and punctuation aside): the reader named it. Without it, "montée en
 * gamme des produits" found first the broader "Montée en gamme", whose
 * search words hold that phrase among others.
 */
export const exactTitleBoost = 3;

export interface Scored {
	score: number;
	/** The page's ranking filters, as Pagefind returns them with its data. */
	filters: Partial<Record<string, string[]>>;
	/** The page's title, where known. */
	title?: string;
}

const sameWords = (a: string, b: string) => words(a).join(' ') === words(b).join(' ');

/** The score search orders by. */
export function rankScore({ score, filters, title }: Scored, query: string): number {
	const abbreviation = filters.abbreviation?.[0];
	if (abbreviation !== undefined && !sameWords(abbreviation, query)) return score * abbreviationEntryWeight;
	if (filters.listing) return score * listingWeight;
	return title !== undefined && sameWords(title, query) ? score * exactTitleBoost : score;
}

/** Results in search order: by rank score, ties kept in Pagefind's order. */
export function rerank<T extends Scored>(results: readonly T[], query: string): T[] {
	return results
		.map((result, i) => ({ result, i, score: rankScore(result, query) }))
		.sort((a, b) => b.score - a.score || a.i - b.i)
		.map(({ result }) => result);
}
