/**
 * The search dialog of the header: opened by its button, `/` or Ctrl/Cmd+K;
 * a native modal <dialog>, so focus stays inside and Escape closes it; arrow
 * keys move between the input and the results. Pagefind loads when the
 * dialog opens, not with the page.
 */
import { languageOf } from '../i18n/languages';
import type { SearchHit, SearchOutcome } from './search-core';

type Core = typeof import('./search-client');
type Render = typeof import('./search-render');
type Words = ReturnType<(typeof import('../i18n/search-ui'))['searchStrings']>;
let code: Promise<[Core, Render, Words]> | undefined;
/** The search code and the words it shows, loaded with it: the page itself carries neither until a reader searches. */
const loadCode = () =>
	(code ??= Promise.all([
		import('./search-client'),
		import('./search-render'),
		import('../i18n/search-ui').then((ui) => ui.searchStrings(languageOf(document.documentElement.lang))),
	]));

/** Results the dialog shows; the search page has the rest. */
const dialogSize = 6;

const isTyping = (el: Element | null) =>
	el instanceof HTMLInputElement ||
	el instanceof HTMLTextAreaElement ||
	(el instanceof HTMLElement && el.isContentEditable);

export function initSearchDialog(): void {
	const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
	const openers = document.querySelectorAll<HTMLButtonElement>('[data-search-open]');
	const noScriptForm = document.querySelector<HTMLFormElement>('[data-search-fallback]');
	if (!dialog || openers.length === 0) return;
	const input = dialog.querySelector<HTMLInputElement>('[data-search-dialog-input]')!;
	const list = dialog.querySelector<HTMLOListElement>('[data-search-dialog-results]')!;
	const status = dialog.querySelector<HTMLElement>('[data-search-dialog-status]')!;
	const more = dialog.querySelector<HTMLAnchorElement>('[data-search-dialog-more]')!;
	const close = dialog.querySelector<HTMLButtonElement>('[data-search-dialog-close]')!;
	// The search page's address comes from the markup (built by urls.ts), so the URL module stays out of every page's first script.
	const searchPage = more.getAttribute('href')!;
	const searchUrl = (query: string) => (query ? `${searchPage}?${new URLSearchParams({ q: query })}` : searchPage);

	noScriptForm?.setAttribute('hidden', '');
	for (const button of openers) {
		button.hidden = false;
		button.addEventListener('click', () => open());
		// Hovering or focusing the button is intent enough to start fetching the search code.
		button.addEventListener('pointerenter', () => void loadCode(), { once: true });
		button.addEventListener('focus', () => void loadCode(), { once: true });
	}

	let opener: HTMLElement | null = null;
	const open = () => {
		if (dialog.open) return;
		opener = document.activeElement as HTMLElement | null;
		dialog.showModal();
		input.focus();
		input.select();
		void loadCode().then(([c]) => c.loadPagefind('pagefind-quick'));
	};
	dialog.addEventListener('close', () => opener?.focus());
	close.addEventListener('click', () => dialog.close());
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close(); // a click on the backdrop
	});

	document.addEventListener('keydown', (event) => {
		const k = event.key.toLowerCase();
		if (
			(k === 'k' && (event.metaKey || event.ctrlKey)) ||
			(event.key === '/' && !isTyping(document.activeElement) && !dialog.open)
		) {
			event.preventDefault();
			open();
		}
	});

	let ticket = 0;
	let typing: number | undefined;
	const search = async () => {
		const mine = ++ticket;
		const query = input.value.trim();
		more.href = searchUrl(query);
		if (!query) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		const [{ searchFirst }, { hitElement, noResultsElements }, searchLabels] = await loadCode();
		// The outlines answer first; a word they lack sends the query to the full text. The last word may be unfinished.
		let outcome: SearchOutcome;
		let hits: SearchHit[];
		try {
			({ outcome, first: hits } = await searchFirst(
				query,
				{},
				{ counts: false, bundle: 'pagefind-quick', typing: true },
				dialogSize,
			));
		} catch {
			if (mine === ticket) status.textContent = searchLabels.unavailable;
			return;
		}
		if (mine !== ticket) return;
		list.replaceChildren(...hits.map(hitElement));
		if (outcome.unknownWords.length > 0)
			status.replaceChildren(...noResultsElements(query, outcome.suggestion, searchUrl(outcome.suggestion ?? '')));
		else status.textContent = outcome.total ? searchLabels.dialogResults(outcome.total) : searchLabels.noResults(query);
		dialog.dataset.resultsFor = query;
	};
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = window.setTimeout(search, 60);
	});
	// "Did you mean": search for the suggestion here, with it in the box.
	status.addEventListener('click', (event) => {
		const suggestion = (event.target as Element).closest('.search-suggestion');
		if (!suggestion) return;
		event.preventDefault();
		input.value = suggestion.textContent ?? '';
		input.focus();
		void search();
	});

	// Arrow keys: from the input into the results, and between result links.
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
		if (links.length === 0) return;
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		event.preventDefault();
		if (event.key === 'ArrowDown') (at < 0 ? links[0] : links[Math.min(at + 1, links.length - 1)]).focus();
		else if (at <= 0) input.focus();
		else links[at - 1].focus();
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Enter') {
			const first = list.querySelector<HTMLAnchorElement>('a');
			if (first) {
				event.preventDefault();
				location.href = first.href;
			}
		}
	});
}
