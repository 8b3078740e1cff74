/**
 * Copy controls: the "Copy" buttons of the cite box copy their text,
 * and a click on a paragraph's "¶" link or a heading's "#" link also copies
 * the full address, while the link still goes to its target as it does
 * without JavaScript. The address is the one the reader is on (a preview, a
 * mirror, a local copy), as the address bar shows it; the confirmation
 * shows beside the link as well as in the page's status region.
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

/** Copies `text` and says so; whether it could. */
async function copy(text: string, done: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		announce(done);
		return true;
	} catch {
		announce(message('failed'));
		return false;
	}
}

/** The address to share for an anchor: the page the reader is on, with the anchor's fragment. */
export function sharedAddress(href: string, here: string): string {
	return new URL(href, here).href;
}

/** Shows `text` beside `link` for a moment (the status region says it to screen readers). */
function confirmBeside(link: HTMLElement, text: string) {
	link.dataset.copied = text;
	window.setTimeout(() => {
		if (link.dataset.copied === text) delete link.dataset.copied;
	}, 2500);
}

/** Answers a click on a copy control (loaded on the first one, see src/client/page.ts). */
export function copyFor(control: Element): void {
	if (control instanceof HTMLButtonElement) {
		const source = document.getElementById(control.dataset.copyTarget ?? '');
		if (source) void copy(source.textContent ?? '', message('copied'));
		return;
	}
	void copy(sharedAddress(control.getAttribute('href') ?? '', location.href), message('linkCopied')).then((done) => {
		if (done && control instanceof HTMLElement) confirmBeside(control, message('linkCopied'));
	});
}
