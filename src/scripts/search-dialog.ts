/**
 * The search dialog of the header: opened by its button, `/` or Ctrl/Cmd+K;
 * a native modal <dialog>, so focus stays inside and Escape closes it; arrow
 * keys move between the input and the results. Pagefind loads when the
 * dialog opens, not with the page.
 */
import { searchUrl } from '../lib/urls';

type Core = typeof import('./search-core');
let core: Promise<Core> | undefined;
const loadCore = () => (core ??= import('./search-core'));

const isTyping = (el: Element | null) =>
	el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable);

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

	noScriptForm?.setAttribute('hidden', '');
	for (const button of openers) {
		button.hidden = false;
		button.addEventListener('click', () => open());
		// Hovering or focusing the button is intent enough to start fetching the search code.
		button.addEventListener('pointerenter', () => void loadCore(), { once: true });
		button.addEventListener('focus', () => void loadCore(), { once: true });
	}

	let opener: HTMLElement | null = null;
	const open = () => {
		if (dialog.open) return;
		opener = document.activeElement as HTMLElement | null;
		dialog.showModal();
		input.focus();
		input.select();
		void loadCore().then((c) => c.loadPagefind('pagefind-quick'));
	};
	dialog.addEventListener('close', () => opener?.focus());
	close.addEventListener('click', () => dialog.close());
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close(); // a click on the backdrop
	});

	document.addEventListener('keydown', (event) => {
		const k = event.key.toLowerCase();
		if ((k === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !isTyping(document.activeElement) && !dialog.open)) {
			event.preventDefault();
			open();
		}
	});

	let ticket = 0;
	let typing: number | undefined;
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = window.setTimeout(async () => {
			const mine = ++ticket;
			const query = input.value.trim();
			more.href = searchUrl(query);
			if (!query) {
				list.innerHTML = '';
				status.textContent = '';
				return;
			}
			const { searchSite, hitHtml } = await loadCore();
			let outcome = await searchSite(query, {}, 6, { counts: false, bundle: 'pagefind-quick' });
			// Nothing in titles, names, summaries or headings: look through the full text instead.
			if (outcome.total === 0) outcome = await searchSite(query, {}, 6, { counts: false });
			if (mine !== ticket) return;
			list.innerHTML = outcome.hits.map(hitHtml).join('');
			const corrected = outcome.correctedQuery ? ` for “${outcome.correctedQuery}”` : '';
			status.textContent = outcome.total
				? `${outcome.total} result${outcome.total === 1 ? '' : 's'}${corrected}. Use the arrow keys to move through them.`
				: `No results for “${query}”.`;
			dialog.dataset.resultsFor = query;
		}, 60);
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
