/**
 * The search dialog of the header, loaded on its first opening (see
 * search-opener.ts, which handles the button and the keys): a native modal
 * <dialog>, so focus stays inside and Escape closes it; arrow keys move
 * between the input and the results. The dialog is built here, the first
 * time it opens, so that no page carries its markup before a reader
 * searches. Pagefind loads when the dialog opens, its styles with this module.
 */
import searchStyles from '../styles/search.css?url';
import { loadStylesheet } from './stylesheet';
import { editionSearchStrings as searchLabels } from '../i18n/search-ui';
import type { SearchHit, SearchOutcome } from './search-core';

type Core = typeof import('./search-client');
type Render = typeof import('./search-render');
let code: Promise<[Core, Render]> | undefined;
/** The search code, loaded when the dialog opens: the page itself carries none of it until a reader searches. */
export const loadSearchCode = () => (code ??= Promise.all([import('./search-client'), import('./search-render')]));

/** Results the dialog shows; the search page has the rest. */
const dialogSize = 6;

/** Where focus goes back when the dialog closes. */
let opener: HTMLElement | null = null;

/** Fetches what the dialog needs before it opens: its styles and the search code. */
export function prefetchSearch(): void {
	void loadStylesheet(searchStyles);
	void loadSearchCode();
}

/** An element with its attributes and children (strings become text, never markup). */
function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string>,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const made = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
	made.append(...children);
	return made;
}

/**
 * The dialog, built once, after the header's plain search form (whose
 * address, the search page's, comes from urls.ts through the markup).
 */
function searchDialog(): HTMLDialogElement {
	const built = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
	if (built) return built;
	const words = searchLabels.dialog;
	const form = document.querySelector<HTMLFormElement>('[data-search-fallback]');
	const dialog = element(
		'dialog',
		{ class: 'search-dialog', 'aria-labelledby': 'search-dialog-title', 'data-search-dialog': '' },
		element(
			'div',
			{ class: 'search-dialog-head' },
			element('h2', { id: 'search-dialog-title', class: 'visually-hidden' }, words.title),
			element('label', { class: 'visually-hidden', for: 'search-dialog-input' }, words.inputLabel),
			element('input', {
				id: 'search-dialog-input',
				type: 'search',
				placeholder: words.placeholder,
				autocomplete: 'off',
				'data-search-dialog-input': '',
			}),
			element('button', { type: 'button', 'data-search-dialog-close': '' }, words.close),
		),
		element('p', {
			class: 'search-dialog-status',
			role: 'status',
			'aria-live': 'polite',
			'data-search-dialog-status': '',
		}),
		element('ol', { class: 'search-hits', 'data-search-dialog-results': '' }),
		element(
			'p',
			{ class: 'search-dialog-more' },
			element('a', { href: form?.getAttribute('action') ?? '', 'data-search-dialog-more': '' }, words.allResults),
		),
	);
	(form ?? document.body.lastElementChild)!.after(dialog);
	wire(dialog);
	return dialog;
}

/** Opens the dialog (building it the first time), with focus in its input. */
export async function openSearchDialog(from: HTMLElement | null): Promise<void> {
	await loadStylesheet(searchStyles);
	const dialog = searchDialog();
	if (dialog.open) return;
	opener = from;
	dialog.showModal();
	const input = dialog.querySelector<HTMLInputElement>('[data-search-dialog-input]')!;
	input.focus();
	input.select();
	void loadSearchCode().then(([c]) => c.loadIndex('quick'));
}

function wire(dialog: HTMLDialogElement): void {
	const input = dialog.querySelector<HTMLInputElement>('[data-search-dialog-input]')!;
	const list = dialog.querySelector<HTMLOListElement>('[data-search-dialog-results]')!;
	const status = dialog.querySelector<HTMLElement>('[data-search-dialog-status]')!;
	const more = dialog.querySelector<HTMLAnchorElement>('[data-search-dialog-more]')!;
	const close = dialog.querySelector<HTMLButtonElement>('[data-search-dialog-close]')!;
	// The search page's address comes from the markup (built by urls.ts), so the URL module stays out of every page's first script.
	const searchPage = more.getAttribute('href')!;
	const searchUrl = (query: string) => (query ? `${searchPage}?${new URLSearchParams({ q: query })}` : searchPage);

	dialog.addEventListener('close', () => opener?.focus());
	close.addEventListener('click', () => dialog.close());
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close(); // a click on the backdrop
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
		const [{ searchFirst }, { hitElement, noResultsElements }] = await loadSearchCode();
		// The outlines answer first; a word they lack sends the query to the full text. The last word may be unfinished.
		let outcome: SearchOutcome;
		let hits: SearchHit[];
		try {
			// Never undefined: the full text answers what the outlines cannot.
			({ outcome, first: hits } = (await searchFirst(
				query,
				{},
				{ counts: false, quick: true, typing: true },
				dialogSize,
			))!);
		} catch {
			if (mine === ticket) status.textContent = searchLabels.unavailable;
			return;
		}
		if (mine !== ticket) return;
		list.replaceChildren(...hits.map(hitElement));
		if (outcome.unknownWords.length > 0)
			status.replaceChildren(...noResultsElements(query, outcome.suggestion, searchUrl(outcome.suggestion ?? '')));
		// The count is of the results shown: a first answer from the outlines knows no total, and the search page's is the full text's.
		else status.textContent = hits.length ? searchLabels.dialogResults(hits.length) : searchLabels.noResults(query);
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
