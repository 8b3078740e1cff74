/**
 * The search worker: Pagefind's code, its index and every search run here,
 * off the page's main thread. Evaluating Pagefind's script alone took the
 * main thread some 60 ms on a fast machine, which a phone feels as a page
 * that does not answer while results load. The page talks to this worker
 * through `search-client.ts`.
 */
/// <reference lib="webworker" />
import { loadIndex, searchSite, useLanguage, type SearchOutcome } from './search-core';
import type { Envelope, OutcomeData, SearchReply } from './search-protocol';

declare const self: DedicatedWorkerGlobalScope;

/** Searches whose further results may still be asked for; older ones are dropped. */
const outcomes = new Map<number, SearchOutcome>();
const keptOutcomes = 8;

async function answer(request: Envelope): Promise<unknown> {
	useLanguage(request.language);
	switch (request.kind) {
		case 'load':
			await loadIndex(request.index);
			return null;
		case 'search': {
			const outcome = await searchSite(request.query, request.filters, request.options);
			if (!outcome) return null;
			const first = await outcome.more(request.count);
			outcomes.set(request.id, outcome);
			for (const old of outcomes.keys()) if (outcomes.size > keptOutcomes) outcomes.delete(old);
			// `more` cannot cross to the page: it stays here, and the page asks for more by the search's number.
			const { more: _more, ...data } = outcome;
			return { ...data, search: request.id, first } satisfies OutcomeData;
		}
		case 'more': {
			const outcome = outcomes.get(request.search);
			return outcome ? outcome.more(request.count) : [];
		}
	}
}

self.addEventListener('message', (event: MessageEvent<Envelope>) => {
	const { id } = event.data;
	answer(event.data).then(
		(value) => self.postMessage({ id, ok: true, value } satisfies SearchReply),
		(error: unknown) =>
			self.postMessage({
				id,
				ok: false,
				error: error instanceof Error ? error.message : String(error),
			} satisfies SearchReply),
	);
});
