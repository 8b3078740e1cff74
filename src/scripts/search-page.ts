/**
 * The search page: the query and the chosen filters live in the address
 * (`/search/?q=gmp&type=Lesson`), so any search can be linked from a
 * curriculum; filters show counts and work without a query, to browse.
 */
import { escapeHtml } from '../lib/html';
import { facetNames as facets } from '../lib/search-facets';
import { hitHtml, loadPagefind, searchSite, type SearchFilters } from './search-core';

function readState(): { query: string; filters: SearchFilters } {
	const params = new URLSearchParams(location.search);
	const filters: SearchFilters = {};
	for (const facet of facets) {
		const values = params.getAll(facet);
		if (values.length) filters[facet] = values;
	}
	return { query: params.get('q') ?? '', filters };
}

function writeState(query: string, filters: SearchFilters): void {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	for (const facet of facets) for (const v of filters[facet] ?? []) params.append(facet, v);
	const qs = params.toString();
	history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
}

export function initSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = document.querySelector<HTMLInputElement>('[data-search-input]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	const filterBox = document.querySelector<HTMLElement>('[data-search-filters]');
	if (!form || !input || !status || !list || !filterBox) return;

	let { query, filters } = readState();
	input.value = query;
	let ticket = 0;

	const renderFilters = (counts: Record<string, Record<string, number>>) => {
		filterBox.hidden = false;
		filterBox.innerHTML = facets
			.filter((facet) => counts[facet] && Object.keys(counts[facet]).length > 0)
			.map((facet) => {
				const values = Object.entries(counts[facet]).sort(([a], [b]) => a.localeCompare(b));
				const chosen = new Set(filters[facet] ?? []);
				const open = chosen.size > 0 || facet === 'type' ? ' open' : '';
				const items = values
					.filter(([value, n]) => n > 0 || chosen.has(value))
					.map(([value, n], i) => {
						const id = `f-${facet.replace(/\s+/g, '-')}-${i}`;
						const esc = escapeHtml(value);
						return `<li><input type="checkbox" id="${id}" data-facet="${facet}" value="${esc}"${chosen.has(value) ? ' checked' : ''}><label for="${id}">${esc} <span class="count">(${n})</span></label></li>`;
					})
					.join('');
				return `<details class="search-facet"${open}><summary>${facet[0].toUpperCase()}${facet.slice(1)}</summary><ul>${items}</ul></details>`;
			})
			.join('');
	};

	const run = async () => {
		const mine = ++ticket;
		writeState(query, filters);
		const hasFilters = Object.values(filters).some((v) => v.length);
		if (query.trim() || hasFilters) status.textContent = 'Searching…';
		const outcome = await searchSite(query, filters, 50);
		if (mine !== ticket) return;
		renderFilters(outcome.counts);
		list.innerHTML = outcome.hits.map(hitHtml).join('');
		if (!query.trim() && !hasFilters) status.textContent = 'Type a word or choose a filter to browse.';
		else {
			const shown = outcome.correctedQuery ?? query.trim();
			const what = shown ? ` for “${shown}”` : '';
			status.textContent = `${outcome.total} result${outcome.total === 1 ? '' : 's'}${what}${hasFilters ? ' (filtered)' : ''}${
				outcome.correctedQuery ? ` (no results for “${query.trim()}”, so showing the closest spelling)` : ''
			}`;
		}
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		query = input.value;
		void run();
	});
	let typing: number | undefined;
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
	void loadPagefind().then(run);
}
