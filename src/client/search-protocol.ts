/**
 * The messages between the page's search client (`search-client.ts`) and
 * the search worker (`search-worker.ts`), stated once for both sides.
 */
import type { SearchIndexName, SearchFilters, SearchHit, SearchOptions, SearchOutcome } from './search-core';

/** A search's outcome as the worker sends it, with its first results: `more` becomes a request naming the search. */
export type OutcomeData = Omit<SearchOutcome, 'more'> & { search: number; first: SearchHit[] };

export type SearchRequest =
	/** Start loading an index (and its code), ahead of a search. */
	| { kind: 'load'; index: SearchIndexName }
	/** A search, and its first `count` results in the same reply (null: only the outlines were asked, and they cannot answer). */
	| { kind: 'search'; query: string; filters: SearchFilters; options: SearchOptions; count: number }
	/** The next `count` results of an earlier search. */
	| { kind: 'more'; search: number; count: number };

/** A request as sent: numbered, so the reply finds its caller, and with the page's language (which index Pagefind loads). */
export type Envelope = SearchRequest & { id: number; language: string };

export type SearchReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
