/**
 * Shows a small preview (title, one sentence) next to a link to a concept,
 * case study or glossary entry: on mouse hover, on keyboard focus, and on a
 * touch screen on a first tap (a second tap on the link opens the page, as
 * the preview says). An abbreviation tapped on a touch screen shows its
 * expansion the same way. The previews come from one JSON file built with
 * the site, fetched once. The preview is the link's description
 * (aria-describedby) while shown; Escape, or a tap elsewhere, hides it. This
 * module and its styles load on first use (src/client/page.ts), which it
 * then answers.
 */
import previewStyles from '../styles/link-preview.css?url';
import { loadStylesheet } from './stylesheet';

interface Preview {
	kind: string;
	title: string;
	summary: string;
}

interface LinkPreviews {
	/** Answers the event that loaded the module, as if it had been listening. */
	replay(first: Event): void;
	/** A first tap on a link: its preview, and the hint that a second tap opens it. */
	previewByTap(link: Element): void;
	/** A tapped abbreviation: its expansion. */
	explain(abbr: HTMLElement): void;
}

let previews: LinkPreviews | undefined;

/** The previews, wired once. Undefined where the browser has no popovers (then links just work as links). */
export function linkPreviews(): LinkPreviews | undefined {
	return (previews ??= wire());
}

export function initLinkPreviews(first?: Event): void {
	if (first) linkPreviews()?.replay(first);
	else linkPreviews();
}

function wire(): LinkPreviews | undefined {
	const tip = document.querySelector<HTMLElement>('[data-link-preview]');
	if (!tip || !('showPopover' in tip)) return undefined;
	const source = tip.dataset.source!;
	let data: Promise<Record<string, Preview>> | undefined;
	const load = () =>
		(data ??= fetch(source)
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

	/** The preview of a link's target, if it has one (not for other sites, fragments or this page). */
	async function previewOf(link: Element): Promise<Preview | undefined> {
		// An SVG anchor's `href` is an SVGAnimatedString, not a URL: read the attribute, as written.
		const url = new URL(link.getAttribute('href') ?? '', location.href);
		if (url.origin !== location.origin || url.hash || url.pathname === location.pathname) return undefined;
		return (await load())[url.pathname];
	}

	/** Shows `preview` beside `trigger`, as its description; `hint` below it (a touch screen's "tap again"). */
	async function show(trigger: Element, preview: Preview | undefined, hint = '') {
		wanted = trigger;
		if (!preview || shown === trigger || trigger.hasAttribute('aria-describedby')) return;
		await loadStylesheet(previewStyles);
		if (wanted !== trigger) return;
		hide();
		const parts: HTMLElement[] = [];
		const add = (tag: string, text: string, className?: string) => {
			if (!text) return;
			const el = document.createElement(tag);
			el.textContent = text;
			if (className) el.className = className;
			parts.push(el);
		};
		add('span', preview.kind, 'link-preview-kind');
		add('strong', preview.title);
		add('p', preview.summary);
		add('p', hint, 'link-preview-hint');
		tip!.replaceChildren(...parts);
		trigger.setAttribute('aria-describedby', tip!.id);
		shown = trigger;
		wanted = trigger;
		tip!.showPopover();
		place(trigger);
	}

	/** Below the trigger, or above it when there is no room; kept inside the window. */
	function place(trigger: Element) {
		const r = trigger.getBoundingClientRect();
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
		hoverTimer = window.setTimeout(() => void previewOf(link).then((p) => show(link, p)), 200);
	};
	document.addEventListener('pointerover', onPointerOver);
	document.addEventListener('pointerout', (e) => {
		// A finger leaves the screen after every tap: only a mouse moving away hides a preview.
		if (e.pointerType !== 'mouse') return;
		const link = linkOf(e.target);
		if (link && !link.contains(e.relatedTarget as Node | null) && (link === shown || link === wanted)) hide();
	});
	const onFocusIn = (e: Event) => {
		const link = linkOf(e.target);
		// A tap focuses the link too: the tap itself decides (previewByTap).
		if (link && lastPointer !== 'touch') void previewOf(link).then((p) => show(link, p));
	};
	document.addEventListener('focusin', onFocusIn);
	document.addEventListener('focusout', (e) => {
		if (linkOf(e.target) === shown) hide();
	});
	document.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') hide();
	});
	// A tap anywhere but on what is shown closes it.
	document.addEventListener('pointerdown', (e) => {
		if (shown && e.pointerType !== 'mouse' && !shown.contains(e.target as Node) && !tip.contains(e.target as Node))
			hide();
	});
	// Follow the trigger as the page scrolls (focusing a link scrolls it into view, which must not close its preview).
	addEventListener('scroll', () => shown && place(shown), { passive: true });

	return {
		replay(first) {
			if (first instanceof PointerEvent && first.type === 'pointerover') onPointerOver(first);
			else if (first.type === 'focusin') onFocusIn(first);
		},
		previewByTap(link) {
			void previewOf(link).then((preview) => {
				// No preview after all: the tap opens the page, as it would have.
				if (!preview) location.assign(new URL(link.getAttribute('href') ?? '', location.href).href);
				else void show(link, preview, tip.dataset.tapAgain ?? '');
			});
		},
		explain(abbr) {
			void show(abbr, { kind: '', title: abbr.textContent ?? '', summary: abbr.title });
		},
	};
}
