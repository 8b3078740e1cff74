/**
 * The header's search button and its keys (`/`, Ctrl/Cmd+K): with
 * JavaScript they replace the plain search form, and open the search dialog,
 * whose code (src/client/search-dialog.ts) loads on the first open, or
 * earlier when the button is hovered or focused.
 */
const isTyping = (el: Element | null) =>
	el instanceof HTMLInputElement ||
	el instanceof HTMLTextAreaElement ||
	(el instanceof HTMLElement && el.isContentEditable);

const loadDialog = () => import('./search-dialog');

export function initSearchOpeners(): void {
	const openers = document.querySelectorAll<HTMLButtonElement>('[data-search-open]');
	if (openers.length === 0) return;
	// The dialog is built by its code when it first opens.
	const isOpen = () => document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')?.open === true;
	const open = () => {
		if (isOpen()) return;
		// Focus returns to what had it when the dialog closes.
		const opener = document.activeElement as HTMLElement | null;
		void loadDialog().then(({ openSearchDialog }) => openSearchDialog(opener));
	};
	document.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');
	for (const button of openers) {
		button.hidden = false;
		button.addEventListener('click', open);
		// Hovering or focusing the button is intent enough to start fetching the search code.
		const prefetch = () => void loadDialog().then(({ prefetchSearch }) => prefetchSearch());
		button.addEventListener('pointerenter', prefetch, { once: true });
		button.addEventListener('focus', prefetch, { once: true });
	}
	document.addEventListener('keydown', (event) => {
		const k = event.key.toLowerCase();
		if (
			(k === 'k' && (event.metaKey || event.ctrlKey)) ||
			(event.key === '/' && !isTyping(document.activeElement) && !isOpen())
		) {
			event.preventDefault();
			open();
		}
	});
}
