/**
 * The search page: the query and the chosen filters live in the address
 * (`/search/?q=gmp&type=Lesson`), so any search can be linked from a
 * curriculum; filters show counts and work without a query, to browse.
 * The first results show at once and more load on request, so a broad
 * query costs little; the space results take is reserved in the layout, so
 * nothing below them jumps when they arrive.
 */
import { facetIds } from '../lib/search/facet-ids';
import { editionSearchStrings as searchLabels } from '../i18n/search-ui';
import { languageOf } from '../i18n/languages';
import { collator } from '../i18n/format';
import { searchUrl } from '../lib/site/urls';
import { searchFirst } from './search-client';
import type { SearchFilters, SearchHit, SearchOutcome } from './search-core';
import { element, hitElement, noResultsElements } from './search-render';

/** The Pagefind filter names (also the address's parameters), in the order the page lists them. */
const facets = facetIds.map((id) => searchLabels.facets[id].name);
/** The heading of each filter group, by filter name. */
const headingOf = new Map(facetIds.map((id) => [searchLabels.facets[id].name, searchLabels.facets[id].heading]));

/** Results shown at first and added by each "Show more". */
const pageSize = 10;

function readState(): { query: string; filters: SearchFilters } {
	const params = new URLSearchParams(location.search);
	const filters: SearchFilters = {};
	for (const facet of facets) {
		const values = params.getAll(facet);
		if (values.length) filters[facet] = values;
	}
	return { query: params.get('q') ?? '', filters };
}

/** The address of a search on this page, filters in the order the page lists them. */
const addressOf = (query: string, filters: SearchFilters) =>
	searchUrl(query, Object.fromEntries(facets.filter((f) => filters[f]?.length).map((f) => [f, filters[f]])));

const order = collator(languageOf(document.documentElement.lang), { sensitivity: 'variant' });

/** A filter group's checkboxes, values in alphabetical order. */
function checkboxList(facet: string, values: Map<string, number>, chosen: Set<string>): HTMLUListElement {
	const list = element('ul');
	[...values]
		.sort(([a], [b]) => order.compare(a, b))
		.forEach(([value, n], i) => {
			const item = element('li');
			const box = element('input');
			box.type = 'checkbox';
			box.id = `f-${facet.replace(/\s+/g, '-')}-${i}`;
			box.dataset.facet = facet;
			box.value = value;
			box.checked = chosen.has(value);
			const label = element('label', undefined, `${value} `);
			label.htmlFor = box.id;
			label.append(element('span', 'count', `(${n})`));
			item.append(box, label);
			list.append(item);
		});
	return list;
}

/**
 * The filter groups with counts; chosen values stay listed (count 0) so they
 * can be unticked. A closed group gets its checkboxes when first opened: the
 * concepts alone are some fifty, and building them all while results arrive
 * held up the page.
 */
function filterElements(counts: Record<string, Record<string, number>>, filters: SearchFilters): HTMLElement[] {
	return facets.flatMap((facet) => {
		const chosen = new Set(filters[facet] ?? []);
		const values = new Map(Object.entries(counts[facet] ?? {}).filter(([value, n]) => n > 0 || chosen.has(value)));
		for (const value of chosen) if (!values.has(value)) values.set(value, 0);
		if (values.size === 0) return [];
		const group = element('details', 'search-facet');
		group.append(element('summary', undefined, headingOf.get(facet)));
		const fill = () => group.append(checkboxList(facet, values, chosen));
		if (chosen.size > 0 || facet === searchLabels.facets.type.name) {
			group.open = true;
			fill();
		} else group.addEventListener('toggle', fill, { once: true });
		return [group];
	});
}

/**
 * The full text's outcome, continuing below the outlines' first results:
 * the rest of the outlines' results, then the full text's own, each page
 * once. The outlines' words are all in their pages, so the full text's
 * count is the whole list's.
 */
function below(shownFirst: SearchHit[], quick: SearchOutcome, full: SearchOutcome): SearchOutcome {
	// The full text took a word for a misspelling that the outlines know in another form ("capacities", "capacity"):
	// what is shown stands, and no "Did you mean" contradicts it.
	if (full.unknownWords.length > 0) return quick;
	const seen = new Set(shownFirst.map((hit) => hit.url));
	const fresh = (hits: SearchHit[]) =>
		hits.filter((hit) => {
			if (seen.has(hit.url)) return false;
			seen.add(hit.url);
			return true;
		});
	const waiting: SearchHit[] = [];
	const sources = [quick, full];
	return {
		...full,
		total: Math.max(full.total, seen.size),
		more: async (count) => {
			// All of the outlines' results come before the full text's.
			while (waiting.length < count && sources.length > 0) {
				const next = await sources[0]!.more(count);
				if (next.length === 0) sources.shift();
				waiting.push(...fresh(next));
			}
			return waiting.splice(0, count);
		},
	};
}

/** Lets the browser paint and answer input before the next piece of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function initSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = document.querySelector<HTMLInputElement>('[data-search-input]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]');
	const filterBox = document.querySelector<HTMLElement>('[data-search-filters]');
	if (!form || !input || !status || !list || !moreButton || !filterBox) return;

	let { query, filters } = readState();
	input.value = query;
	let ticket = 0;
	let outcome: SearchOutcome | undefined;
	let shown = 0;

	const updateMore = () => {
		const left = (outcome?.total ?? 0) - shown;
		moreButton.hidden = left <= 0;
		moreButton.textContent = searchLabels.showMore(Math.min(pageSize, left));
	};

	const showMore = async () => {
		if (!outcome) return;
		const mine = ticket;
		let hits: SearchHit[];
		try {
			hits = await outcome.more(pageSize);
		} catch {
			if (mine === ticket) status.textContent = searchLabels.unavailable;
			return;
		}
		if (mine !== ticket) return;
		const items = hits.map(hitElement);
		list.append(...items);
		shown += hits.length;
		updateMore();
		// Keyboard and screen reader users carry on from the first new result.
		items[0]?.querySelector('a')?.focus();
	};

	/** Shows a first page of results, replacing what was shown. */
	const showFirst = (next: SearchOutcome, first: SearchHit[]) => {
		outcome = next;
		shown = first.length;
		list.replaceChildren(...first.map(hitElement));
		updateMore();
	};

	const run = async () => {
		const mine = ++ticket;
		history.replaceState(null, '', addressOf(query, filters));
		const trimmed = query.trim();
		const hasFilters = Object.values(filters).some((v) => v.length);
		if (trimmed || hasFilters) status.textContent = searchLabels.searching;
		// The outlines answer first when no filter is chosen: a few kilobytes, where the full text's
		// code and index weigh a hundred. The full text then completes the list below them, and the counts.
		let quick: Awaited<ReturnType<typeof searchFirst>>;
		if (trimmed && !hasFilters) {
			quick = await searchFirst(query, filters, { quickOnly: true }, pageSize).catch(() => undefined);
			if (mine !== ticket) return;
			if (quick) showFirst(quick.outcome, quick.first);
		}
		let full: Awaited<ReturnType<typeof searchFirst>>;
		try {
			full = await searchFirst(query, filters, {}, quick ? 0 : pageSize);
		} catch {
			// Without the full text, the outlines' results stand on their own.
			if (mine === ticket)
				status.textContent = quick
					? searchLabels.results(quick.outcome.total, trimmed, false)
					: searchLabels.unavailable;
			return;
		}
		if (mine !== ticket || !full) return;
		const next = quick ? below(quick.first, quick.outcome, full.outcome) : full.outcome;
		// Old results give way to new ones in one step: the list is never empty while results are on their way.
		if (quick) {
			// The first page fills up from the full text when the outlines found fewer: below what shows, nothing moves.
			outcome = next;
			const fill = shown < pageSize ? await next.more(pageSize - shown) : [];
			if (mine !== ticket) return;
			list.append(...fill.map(hitElement));
			shown += fill.length;
			updateMore();
		} else showFirst(next, full.first);
		if (!trimmed && !hasFilters) status.textContent = searchLabels.prompt;
		else if (next.unknownWords.length > 0) {
			const href = next.suggestion ? addressOf(next.suggestion, filters) : '';
			status.replaceChildren(...noResultsElements(trimmed, next.suggestion, href));
		} else status.textContent = searchLabels.results(next.total, trimmed, hasFilters);
		// The filters follow in a task of their own, so the results show first and the page stays responsive.
		await nextTask();
		if (mine !== ticket) return;
		filterBox.replaceChildren(...filterElements(next.counts, filters));
	};

	let typing: number | undefined;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		// The search the typing would start is this one.
		clearTimeout(typing);
		query = input.value;
		void run();
	});
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = window.setTimeout(() => {
			query = input.value;
			void run();
		}, 120);
	});
	filterBox.addEventListener('change', (event) => {
		const box = event.target as HTMLInputElement;
		const facet = box.dataset.facet;
		if (!facet) return;
		const values = new Set(filters[facet] ?? []);
		if (box.checked) values.add(box.value);
		else values.delete(box.value);
		filters = { ...filters, [facet]: [...values] };
		void run();
	});
	moreButton.addEventListener('click', () => void showMore());
	// "Did you mean": run the suggested search here, with the suggestion now in the box.
	status.addEventListener('click', (event) => {
		const suggestion = (event.target as Element).closest('.search-suggestion');
		if (!suggestion) return;
		event.preventDefault();
		query = input.value = suggestion.textContent ?? '';
		void run();
	});
	void run();
}
