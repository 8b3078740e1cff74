/**
 * The one script every page loads before interaction. It wires at once only
 * what must answer at once (the theme switch, the search button and its
 * keys) and loads the rest on first use: link previews on the first hover
 * or keyboard focus of a link, the copy controls on the first click on a
 * "¶", "#" or "Copy", the cite box's formats when the box is opened. Then,
 * once the page has loaded, it registers the offline worker.
 */
import { initThemeToggle } from './theme';
import { initSearchOpeners } from './search-opener';
import { rememberPathOf, showFollowedPath } from './followed-path';

initThemeToggle();
initSearchOpeners();
showFollowedPath();
// The reader's place for the language switcher is only worth keeping once the page has scrolled (by hand, or to
// the anchor of the address), so its code loads then.
if (document.querySelector('[data-keeps-place]'))
	addEventListener('scroll', () => void import('./keep-place').then((m) => m.keepPlaceOnEditionLinks()), {
		once: true,
		passive: true,
	});

const linkOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('a[href]') : null);

// Link previews: the first mouse hover or keyboard focus on a link loads them and is answered (a tap's focus is not).
const firstPreviewEvent = (event: Event) => {
	const link = linkOf(event.target);
	if (!link || (event instanceof PointerEvent ? event.pointerType !== 'mouse' : !link.matches(':focus-visible')))
		return;
	removeEventListener('pointerover', firstPreviewEvent, true);
	removeEventListener('focusin', firstPreviewEvent, true);
	void import('./link-preview').then(({ initLinkPreviews }) => initLinkPreviews(event));
};
addEventListener('pointerover', firstPreviewEvent, true);
addEventListener('focusin', firstPreviewEvent, true);

// On a touch screen (no hover, no previews on pointing): a first tap on a link to a page with a preview (a
// concept, a case, a glossary entry: the folders the preview box names) shows the preview, and a second tap on
// the link, now described by it, opens the page; a tapped abbreviation shows its expansion.
const previewBox = document.querySelector<HTMLElement>('[data-link-preview]');
const previewed = previewBox?.dataset.previewed?.split(' ').filter(Boolean) ?? [];
document.addEventListener('click', (event) => {
	if (!previewBox || !matchMedia('(hover: none)').matches) return;
	const target = event.target as Element | null;
	const link = target?.closest('a[href]');
	const abbr = target?.closest<HTMLElement>('abbr[title]');
	if (abbr && !link) {
		void import('./link-preview').then(({ linkPreviews }) => linkPreviews()?.explain(abbr));
		return;
	}
	// SVG links (the maps) have taps of their own; a link already previewed opens.
	if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('aria-describedby')) return;
	const url = new URL(link.href);
	const hasPreview = previewed.some((folder) => url.pathname.startsWith(folder) && url.pathname !== folder);
	if (url.origin !== location.origin || url.hash || url.pathname === location.pathname || !hasPreview) return;
	event.preventDefault();
	void import('./link-preview').then(({ linkPreviews }) => linkPreviews()?.previewByTap(link));
});

// On a touch screen a paragraph's "¶" shows once the paragraph is tapped (it takes no room to show: no shift).
document.addEventListener('click', (event) => {
	if (!matchMedia('(hover: none)').matches) return;
	const block = (event.target as Element | null)?.closest(':is(p, li, th, td):has(> .block-anchor)');
	for (const shown of document.querySelectorAll('[data-anchor-shown]'))
		if (shown !== block) shown.removeAttribute('data-anchor-shown');
	block?.setAttribute('data-anchor-shown', '');
});

// A unit opened from a path's list or a path box: the reader is following that path.
document.addEventListener('click', (event) => {
	const link = (event.target as Element | null)?.closest('.path-units a, .path-membership a');
	if (link) rememberPathOf(link);
});

// "On this page" folded on a narrow screen closes again once a heading is chosen from it.
document.addEventListener('click', (event) => {
	const fold = (event.target as Element | null)?.closest('a')?.closest<HTMLDetailsElement>('details[data-toc]');
	if (fold && matchMedia('(max-width: 59.99rem)').matches) fold.open = false;
});

// Copy controls: a "¶" or "#" link (which still goes to its target) or a cite box's "Copy" button.
document.addEventListener('click', (event) => {
	const control = (event.target as Element | null)?.closest(
		'a.block-anchor, a.heading-anchor, button[data-copy-target]',
	);
	if (control) void import('./copy').then(({ copyFor }) => copyFor(control));
});

// The cite box: its formats load the first time one of its groups is opened ("toggle" does not bubble).
document.addEventListener(
	'toggle',
	(event) => {
		const group = event.target as Element;
		if (group instanceof HTMLDetailsElement && group.open && group.matches('.cite-this details'))
			void import('./cite-box').then(({ fillCiteBox }) => fillCiteBox(group.closest('.cite-this')!));
	},
	true,
);

// The offline worker, registered after the page's own requests (a few lines here rather than an import).
const worker = document.querySelector<HTMLMetaElement>('meta[name="service-worker"]');
const register = () =>
	void navigator.serviceWorker.register(worker!.content, { scope: worker!.dataset.scope }).catch(() => undefined);
if (worker && 'serviceWorker' in navigator) {
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}
