/**
 * A link to the same page in another edition (the language switcher) keeps
 * the reader's place: the address's own anchor, or else the first heading,
 * paragraph or list item in view. The editions share these anchors, block
 * for block (src/markdown/translation-anchors.ts).
 */
const anchored = 'h2[id], h3[id], p[id^="p-"], li[id^="li-"], table[id^="table-"]';

function placeInView(): string | undefined {
	for (const element of document.querySelectorAll(anchored))
		if (element.getBoundingClientRect().top >= 0) return element.id;
	return undefined;
}

export function keepPlaceOnEditionLinks(): void {
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-keeps-place]');
		if (!link) return;
		const place = location.hash.slice(1) || (scrollY > 0 ? placeInView() : undefined);
		if (place) link.hash = place;
	});
}
