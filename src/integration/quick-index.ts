/**
 * The page outline the quick-find index is built from: title, other names,
 * summary and section headings of each indexed page, read from the built
 * HTML tree. Pure, tested without a build.
 */
import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { t } from '../i18n/ui';
import { rankFilterNames, type RankFilter } from '../lib/search/search-ranking';
import type { QuickDoc } from '../lib/search/quick-find';
import { sitePages, withBase, withoutBase } from '../lib/site/urls';
import { parseHtml } from './dist-files';

export interface PageOutline {
	url: string;
	type: string;
	title: string;
	aliases: string;
	/** Words the page answers to that are not its names, from its build-only `search-term` tags (SearchFacets.astro). */
	searchTerms: string[];
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

/** The words before a page's other names ("Also known as:"), left out of the outline. */
const aliasPrefixes = [t().entry.alsoKnownAs, t().glossary.alsoWritten];

/** Whether a site path (without the base path) is the glossary's list or one of its entries. */
const isInGlossary = (path: string | undefined) => path !== undefined && path.startsWith(sitePages.glossary);
/** Whether a site path is a glossary entry's page, not the glossary's list. */
const isGlossaryEntry = (path: string | undefined) => isInGlossary(path) && path !== sitePages.glossary;

/**
 * The outline of a built page (a tree from `dist-files.ts`, or HTML text), or
 * undefined when the page is not in the search index. `url` is the page's
 * path without the base path; the links in its HTML carry `base`.
 */
export function outlineOf(url: string, page: Root | string, base = '/'): PageOutline | undefined {
	const tree = typeof page === 'string' ? parseHtml(page) : page;
	const article = select('article[data-pagefind-body]', tree);
	if (!article) return undefined;
	const meta = article.properties.dataPagefindMeta;
	const type = typeof meta === 'string' && meta.startsWith('type:') ? meta.slice('type:'.length) : t().kinds.page;
	// The page's own text: the article without the lists the site adds after it.
	const own: Element[] = [];
	visit(article, 'element', (node: Element) => {
		if (node !== article && isAddedByTheSite(node)) return SKIP;
		own.push(node);
		return CONTINUE;
	});
	const first = (test: (e: Element) => boolean) => own.find(test);
	const title = textOf(first((e) => e.tagName === 'h1'));
	const aliasText = textOf(first((e) => e.tagName === 'p' && hasClass(e, 'aliases')));
	const aliases = aliasPrefixes.reduce(
		(text, prefix) => (text.startsWith(prefix) ? text.slice(prefix.length).trimStart() : text),
		aliasText,
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
						isGlossaryEntry(withoutBase(e.properties.href, base)),
				)
				.map((e) => textOf(e)),
		),
	].filter((t) => t.length > 0);
	const searchTerms = selectAll('meta[data-search-term]', tree).flatMap((m) =>
		typeof m.properties.content === 'string' ? [m.properties.content] : [],
	);
	const rankFilters: PageOutline['rankFilters'] = {};
	for (const name of rankFilterNames) {
		const meta = select(`meta[data-pagefind-filter="${name}[content]"]`, tree);
		if (meta && typeof meta.properties.content === 'string') rankFilters[name] = meta.properties.content;
	}
	return { url, type, title, aliases, searchTerms, summary, headings, terms, rankFilters };
}

/** The outline as quick find holds it (`quick-find.json`): its address with the base path the site is served under. */
export function quickDocOf(o: PageOutline, base = '/'): QuickDoc {
	return {
		url: withBase(o.url, base),
		type: o.type,
		title: o.title,
		aliases: o.aliases,
		searchTerms: o.searchTerms.join(', '),
		summary: o.summary,
		headings: o.headings.map(({ id, text }) => ({ id, text })),
		terms: o.terms,
		glossary: isInGlossary(o.url),
		rankFilters: o.rankFilters,
	};
}
