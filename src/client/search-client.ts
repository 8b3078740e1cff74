/**
 * The page's side of search: `search-core.ts`'s loading and searching,
 * asked of the search worker, so that Pagefind never runs on the page's
 * main thread. The worker starts on the first call.
 */
import type { SearchIndexName, SearchFilters, SearchHit, SearchOptions, SearchOutcome } from './search-core';
import { defaultLanguage, locales } from '../i18n/languages';
import type { Envelope, OutcomeData, SearchReply, SearchRequest } from './search-protocol';

let worker: Worker | undefined;
let lastId = 0;
const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

function startWorker(): Worker {
	const started = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
	started.addEventListener('message', ({ data }: MessageEvent<SearchReply>) => {
		const caller = waiting.get(data.id);
		waiting.delete(data.id);
		if (data.ok) caller?.resolve(data.value);
		else caller?.reject(new Error(data.error));
	});
	// The worker's script failed to load or run: every search waiting on it fails, and the next call starts afresh.
	started.addEventListener('error', (event) => {
		event.preventDefault();
		worker = undefined;
		for (const caller of waiting.values())
			caller.reject(new Error(`The search worker stopped: ${event.message || 'its script did not load'}`));
		waiting.clear();
	});
	return started;
}

function ask<T>(request: SearchRequest): Promise<T> {
	worker ??= startWorker();
	const id = ++lastId;
	const sent: Envelope = { ...request, id, language: document.documentElement.lang || locales[defaultLanguage].tag };
	return new Promise<T>((resolve, reject) => {
		waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
		worker!.postMessage(sent);
	});
}

/** Starts loading an index (and its code) ahead of the first search (on focus, say). */
export function loadIndex(index: SearchIndexName): Promise<void> {
	return ask({ kind: 'load', index });
}

/**
 * Runs a search in the worker (see `searchSite` in `search-core.ts`) and
 * brings back its first `count` results with it, in one exchange; `more`
 * loads the rest. Undefined when only the outlines were asked and they cannot answer.
 */
export async function searchFirst(
	query: string,
	filters: SearchFilters,
	options: SearchOptions,
	count: number,
): Promise<{ outcome: SearchOutcome; first: SearchHit[] } | undefined> {
	const reply = await ask<OutcomeData | null>({ kind: 'search', query, filters, options, count });
	if (!reply) return undefined;
	const { search, first, ...outcome } = reply;
	return { outcome: { ...outcome, more: (n) => ask<SearchHit[]>({ kind: 'more', search, count: n }) }, first };
}
