/**
 * The cite box's four formats, loaded when a reader first opens the box (see
 * src/client/page.ts): the page's cite file replaces the APA citation each
 * group shows without JavaScript with APA 7, Chicago, BibTeX and RIS, each
 * with a "Copy" button. The cited address becomes the one the reader is on.
 * If the file cannot be fetched, the APA citations stay.
 */
import citeStyles from '../styles/cite.css?url';
import { loadStylesheet } from './stylesheet';
import { citeFormats, citedAt, type CiteFile, type CiteFormat } from '../lib/citation/cite-file';
import { editionCiteStrings as words } from '../i18n/cite-ui';

type What = 'page' | 'paper';

function formatBlock(what: What, format: CiteFormat, text: string) {
	const id = `cite-${what}-${format}`;
	const name = words.formats[format];
	const block = document.createElement('div');
	block.className = 'cite-format';
	const head = document.createElement('div');
	head.className = 'cite-format-head';
	const label = document.createElement('span');
	label.id = `${id}-label`;
	label.textContent = name;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy-button';
	button.dataset.copyTarget = id;
	button.setAttribute('aria-label', words.copyName(name, what));
	button.textContent = words.copy;
	head.append(label, button);
	const code = format === 'bibtex' || format === 'ris';
	const body = document.createElement(code ? 'pre' : 'p');
	body.id = id;
	body.textContent = text;
	if (code) {
		body.setAttribute('aria-labelledby', label.id);
		body.tabIndex = 0;
	} else body.className = 'cite-text';
	block.append(head, body);
	return block;
}

export async function fillCiteBox(box: Element): Promise<void> {
	if (box.hasAttribute('data-cite-filled')) return;
	box.setAttribute('data-cite-filled', '');
	let file: CiteFile;
	try {
		const response = await fetch(box.getAttribute('data-cite-source') ?? '');
		if (!response.ok) throw new Error(String(response.status));
		file = (await response.json()) as CiteFile;
	} catch {
		box.removeAttribute('data-cite-filled');
		return;
	}
	await loadStylesheet(citeStyles);
	const here = `${location.origin}${location.pathname}`;
	for (const what of ['page', 'paper'] as const) {
		const slot = box.querySelector(`[data-cite-formats="${what}"]`);
		slot?.replaceChildren(
			...citeFormats.map((format) =>
				formatBlock(what, format, what === 'page' ? citedAt(file.page[format], file.url, here) : file.paper[format]),
			),
		);
	}
}
