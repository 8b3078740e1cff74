/**
 * Copy controls: the "Copy" buttons of the citation box copy their text,
 * and a click on a paragraph's "¶" link or a heading's "#" link also copies
 * the full address (the page's canonical address and the anchor), while the
 * link still goes to its target as it does without JavaScript.
 */
const status = () => document.querySelector<HTMLElement>('[data-copy-status]');
/** The messages come with the page (src/i18n/labels.ts), so a translated edition needs no change here. */
const message = (name: 'copied' | 'linkCopied' | 'failed') => status()?.dataset[name] ?? '';

function announce(text: string) {
	const region = status();
	if (!region) return;
	region.textContent = text;
	window.setTimeout(() => {
		if (region.textContent === text) region.textContent = '';
	}, 4000);
}

async function copy(text: string, done: string) {
	try {
		await navigator.clipboard.writeText(text);
		announce(done);
	} catch {
		announce(message('failed'));
	}
}

/** The address to share for an anchor: canonical page address (not a preview host) plus the fragment. */
export function sharedAddress(href: string, canonical: string | null | undefined, here: string): string {
	const url = new URL(href, here);
	return canonical ? `${new URL(canonical).href.split('#')[0]}${url.hash}` : url.href;
}

export function initCopyControls() {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) button.hidden = false;
	document.addEventListener('click', (event) => {
		const target = event.target as Element | null;
		const button = target?.closest<HTMLButtonElement>('button[data-copy-target]');
		if (button) {
			const source = document.getElementById(button.dataset.copyTarget ?? '');
			if (source) void copy(source.textContent ?? '', message('copied'));
			return;
		}
		const link = target?.closest<HTMLAnchorElement>('a.block-anchor, a.heading-anchor');
		if (link) {
			const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
			void copy(sharedAddress(link.getAttribute('href') ?? '', canonical, location.href), message('linkCopied'));
		}
	});
}
