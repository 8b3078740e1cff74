/**
 * The page outline the quick-find index is built from: title, other names,
 * summary and section headings of each indexed page, read from the built
 * HTML tree. Pure, tested without a build.
 */
import type { Element, ElementContent, Root } from 'hast';
import { select } from 'hast-util-select';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { escapeHtml } from '../lib/security/html';
import { rankFilterNames, type RankFilter } from '../lib/search/search-ranking';
import { parseHtml } from './dist-files';

export interface PageOutline {
	url: string;
	type: string;
	title: string;
	aliases: string;
	summary: string;
	headings: { level: number; id: string; text: string }[];
	/** The glossary entries the page links to (its institutions and abbreviations), as the links read. */
	terms: string[];
	/** The page's ranking filters (src/lib/search/search-ranking.ts), carried over so the outline ranks like the page. */
	rankFilters: Partial<Record<RankFilter, string>>;
}

/** Text of an element as a reader sees it, without the `#` heading-anchor links. */
function textOf(node: Element | undefined): string {
	if (!node) return '';
	const parts: string[] = [];
	const walk = (n: ElementContent) => {
		if (n.type === 'text') parts.push(n.value);
		else if (n.type === 'element' && !hasClass(n, 'heading-anchor')) n.children.forEach(walk);
	};
	node.children.forEach(walk);
	return parts.join('').replace(/\s+/g, ' ').trim();
}

const hasClass = (node: Element, name: string) => {
	const classes = node.properties.className;
	return Array.isArray(classes) && classes.includes(name);
};

/** What follows the page's own text (related pages, sources in the paper) is not part of its outline. */
const isAddedByTheSite = (node: Element) => hasClass(node, 'relations') || hasClass(node, 'source-box');

/** The outline of a built page (a tree from `dist-files.ts`, or HTML text), or undefined when the page is not in the search index. */
export function outlineOf(url: string, page: Root | string): PageOutline | undefined {
	const tree = typeof page === 'string' ? parseHtml(page) : page;
	const article = select('article[data-pagefind-body]', tree);
	if (!article) return undefined;
	const meta = article.properties.dataPagefindMeta;
	const type = typeof meta === 'string' && meta.startsWith('type:') ? meta.slice('type:'.length) : 'Page';
	// The page's own text: the article without the lists the site adds after it.
	const own: Element[] = [];
	visit(article, 'element', (node: Element) => {
		if (node !== article && isAddedByTheSite(node)) return SKIP;
		own.push(node);
		return CONTINUE;
	});
	const first = (test: (e: Element) => boolean) => own.find(test);
	const title = textOf(first((e) => e.tagName === 'h1'));
	const aliases = textOf(first((e) => e.tagName === 'p' && hasClass(e, 'aliases'))).replace(
		/^(Also known as|Also written):\s*/,
		'',
	);
	const summary = textOf(first((e) => e.tagName === 'p' && hasClass(e, 'lead')));
	const headings = own
		.filter(
			(e) =>
				(e.tagName === 'h2' || e.tagName === 'h3') &&
				typeof e.properties.id === 'string' &&
				e.properties.dataPagefindIgnore === undefined,
		)
		.map((e) => ({ level: Number(e.tagName.slice(1)), id: e.properties.id as string, text: textOf(e) }))
		.filter((h) => h.text.length > 0);
	const terms = [
		...new Set(
			own
				.filter(
					(e) =>
						e.tagName === 'a' &&
						typeof e.properties.href === 'string' &&
						e.properties.href.startsWith('/glossary/') &&
						e.properties.href !== '/glossary/',
				)
				.map((e) => textOf(e)),
		),
	].filter((t) => t.length > 0);
	const rankFilters: PageOutline['rankFilters'] = {};
	for (const name of rankFilterNames) {
		const meta = select(`meta[data-pagefind-filter="${name}[content]"]`, tree);
		if (meta && typeof meta.properties.content === 'string') rankFilters[name] = meta.properties.content;
	}
	return { url, type, title, aliases, summary, headings, terms, rankFilters };
}

/** A small HTML document of the outline, weighted like the full page, for Pagefind to index. */
export function outlineHtml(o: PageOutline): string {
	return [
		'<!doctype html><html lang="en"><head><meta charset="utf-8">',
		`<title>${escapeHtml(o.title)}</title>`,
		...Object.entries(o.rankFilters).map(
			([name, value]) => `<meta data-pagefind-filter="${name}[content]" content="${escapeHtml(value)}">`,
		),
		'</head><body>',
		`<main data-pagefind-body data-pagefind-meta="type:${escapeHtml(o.type)}">`,
		`<h1>${escapeHtml(o.title)}</h1>`,
		// A topic page's other names rank like its title (the `aliases` meta, see search-ranking.ts); a
		// glossary entry's do not, and its description weighs as little as on its page, so that the
		// glossary stays behind the topic it abbreviates.
		o.aliases
			? o.type === 'Glossary'
				? `<p data-pagefind-weight="4">${escapeHtml(o.aliases)}</p>`
				: `<p data-pagefind-weight="8" data-pagefind-meta="aliases">${escapeHtml(o.aliases)}</p>`
			: '',
		o.summary ? `<p data-pagefind-weight="${o.type === 'Glossary' ? 0.5 : 5}">${escapeHtml(o.summary)}</p>` : '',
		o.terms.length ? `<p data-pagefind-weight="1">${escapeHtml(o.terms.join(', '))}</p>` : '',
		...o.headings.map((h) => `<h${h.level} id="${escapeHtml(h.id)}">${escapeHtml(h.text)}</h${h.level}>`),
		'</main></body></html>',
	].join('');
}
