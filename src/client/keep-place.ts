/**
 * A link to the same page in another edition (the language switcher) keeps
 * the reader's place: the address's own anchor, or else the heading,
 * paragraph or list item the reader last had at the top of the screen
 * while reading. The switcher sits in the header, so reaching it scrolls
 * the page back up; the place is the one before that (taken only while the
 * header is out of view). The editions share these anchors, block for
 * block (src/markdown/translation-anchors.ts). Loaded on the page's first
 * scroll (src/client/page.ts), which it then takes as its first reading.
 */
const anchored = 'main :is(h2[id], h3[id], p[id^="p-"], li[id^="li-"], table[id^="table-"])';

function placeInView(): string | undefined {
	for (const element of document.querySelectorAll(anchored))
		// The text's own blocks: not the sticky contents list, whose heading is always in view.
		if (!element.closest('nav') && element.getBoundingClientRect().top >= 0) return element.id;
	return undefined;
}

export function keepPlaceOnEditionLinks(): void {
	const header = document.querySelector('.site-header');
	let place: string | undefined;
	let pending = false;
	const read = () => {
		if (pending) return;
		pending = true;
		requestAnimationFrame(() => {
			pending = false;
			if (header && header.getBoundingClientRect().bottom < 0) place = placeInView();
		});
	};
	addEventListener('scroll', read, { passive: true });
	read();
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-keeps-place]');
		const kept = location.hash.slice(1) || place;
		if (link && kept) link.hash = kept;
	});
}
