/**
 * Shows a small preview (title, one sentence) next to a link to a concept,
 * case study or glossary entry, on mouse hover and on keyboard focus. The
 * previews come from one JSON file built with the site, fetched once on the
 * first interaction. The preview is the link's description
 * (aria-describedby) while shown; Escape hides it. A touch tap is left to
 * the link: it navigates, with no preview in the way. This module and its
 * styles load on the first hover or focus of a link (src/client/page.ts),
 * which it then answers.
 */
import previewStyles from '../styles/link-preview.css?url';
import { loadStylesheet } from './stylesheet';
interface Preview {
	kind: string;
	title: string;
	summary: string;
}

export function initLinkPreviews(first?: Event): void {
	const tip = document.querySelector<HTMLElement>('[data-link-preview]');
	if (!tip || !('showPopover' in tip)) return;
	const source = tip.dataset.source!;
	let previews: Promise<Record<string, Preview>> | undefined;
	const load = () =>
		(previews ??= fetch(source)
			.then((r): Promise<Record<string, Preview>> | Record<string, Preview> => (r.ok ? r.json() : {}))
			.catch(() => ({}) as Record<string, Preview>));
	// Links are HTML or SVG anchors (the concept map's boxes, the cluster map's markers).
	let shown: Element | undefined;
	let wanted: Element | undefined;
	let hoverTimer: number | undefined;
	let lastPointer = '';

	const linkOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('a[href]') : null);

	function hide() {
		clearTimeout(hoverTimer);
		wanted = undefined;
		if (!shown) return;
		shown.removeAttribute('aria-describedby');
		shown = undefined;
		tip!.hidePopover();
	}

	async function show(link: Element) {
		wanted = link;
		// An SVG anchor's `href` is an SVGAnimatedString, not a URL: read the attribute, as written.
		const url = new URL(link.getAttribute('href') ?? '', location.href);
		if (url.origin !== location.origin || url.hash || url.pathname === location.pathname) return;
		const preview = (await load())[url.pathname];
		if (!preview || wanted !== link || shown === link || link.hasAttribute('aria-describedby')) return;
		await loadStylesheet(previewStyles);
		if (wanted !== link) return;
		hide();
		const [kind, title, summary] = ['span', 'strong', 'p'].map((t) => document.createElement(t));
		kind.className = 'link-preview-kind';
		kind.textContent = preview.kind;
		title.textContent = preview.title;
		summary.textContent = preview.summary;
		tip!.replaceChildren(kind, title, summary);
		link.setAttribute('aria-describedby', tip!.id);
		shown = link;
		tip!.showPopover();
		place(link);
	}

	/** Below the link, or above it when there is no room; kept inside the window. */
	function place(link: Element) {
		const r = link.getBoundingClientRect();
		const w = tip!.offsetWidth;
		const h = tip!.offsetHeight;
		const left = Math.max(8, Math.min(r.left, innerWidth - w - 8));
		const top = r.bottom + 6 + h <= innerHeight ? r.bottom + 6 : Math.max(8, r.top - 6 - h);
		tip!.style.left = `${left}px`;
		tip!.style.top = `${top}px`;
	}

	document.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType), true);
	const onPointerOver = (e: PointerEvent) => {
		if (e.pointerType !== 'mouse') return;
		const link = linkOf(e.target);
		if (!link || link === shown) return;
		clearTimeout(hoverTimer);
		wanted = link;
		hoverTimer = window.setTimeout(() => void show(link), 200);
	};
	document.addEventListener('pointerover', onPointerOver);
	document.addEventListener('pointerout', (e) => {
		const link = linkOf(e.target);
		if (link && !link.contains(e.relatedTarget as Node | null) && (link === shown || link === wanted)) hide();
	});
	const onFocusIn = (e: Event) => {
		const link = linkOf(e.target);
		// A tap focuses the link too: leave it to navigate.
		if (link && lastPointer !== 'touch') void show(link);
	};
	document.addEventListener('focusin', onFocusIn);
	document.addEventListener('focusout', (e) => {
		if (linkOf(e.target) === shown) hide();
	});
	document.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') hide();
	});
	// Follow the link as the page scrolls (focusing a link scrolls it into view, which must not close its preview).
	addEventListener('scroll', () => shown && place(shown), { passive: true });
	// The event that loaded this module is answered as if it had been listening.
	if (first instanceof PointerEvent && first.type === 'pointerover') onPointerOver(first);
	else if (first?.type === 'focusin') onFocusIn(first);
}
