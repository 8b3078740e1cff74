/**
 * Search results as DOM nodes, for the search page and the dialog. Nothing
 * here parses HTML: titles, URLs and excerpts from the index are set as
 * text or attributes, and the only element an excerpt can bring is <mark>.
 */
import { excerptParts, labelledAliases } from '../lib/search/excerpt';
import { editionSearchStrings as searchLabels } from '../i18n/search-ui';
import { templateParts } from '../i18n/template';
import type { SearchHit } from './search-core';

/** An element with its class and text. */
export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	if (className) el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

/** A link whose address is only ever a same-site path or fragment from the index. */
function link(href: string, className: string, text: string): HTMLAnchorElement {
	const a = element('a', className, text);
	a.href = new URL(href, location.href).origin === location.origin ? href : '#';
	return a;
}

/** The excerpt: text nodes, and <mark> around the matched words; other names at its start keep their label. */
export function excerptElement(excerpt: string, aliases?: string): HTMLParagraphElement {
	const p = element('p', 'search-hit-excerpt');
	for (const part of labelledAliases(excerptParts(excerpt), aliases, searchLabels.alsoKnownAs))
		p.append(part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text));
	return p;
}

/** One result: its type, title link, excerpt and links to matching sections (full-width rows, easy to tap). */
export function hitElement(hit: SearchHit): HTMLLIElement {
	const li = element('li', 'search-hit');
	li.append(
		element('span', 'search-hit-type', hit.type),
		link(hit.url, 'search-hit-title', hit.title),
		excerptElement(hit.excerpt, hit.aliases),
	);
	if (hit.sections.length > 0) {
		const list = element('ul', 'search-hit-sections');
		list.setAttribute('aria-label', searchLabels.sectionsOf(hit.title));
		for (const section of hit.sections) {
			const item = element('li');
			item.append(link(section.url, 'search-hit-section', section.title));
			list.append(item);
		}
		li.append(list);
	}
	return li;
}

/** "No results for …", and when a close spelling exists, "Did you mean …?" with a link that runs that search. */
export function noResultsElements(query: string, suggestion: string | undefined, suggestionHref: string): Node[] {
	const nodes: Node[] = [document.createTextNode(searchLabels.noResults(query))];
	if (suggestion) {
		const a = element('a', 'search-suggestion', suggestion);
		a.href = suggestionHref;
		nodes.push(document.createTextNode(' '));
		for (const part of templateParts(searchLabels.didYouMean))
			nodes.push('place' in part ? a : document.createTextNode(part.text));
	}
	return nodes;
}
