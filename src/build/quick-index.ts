/**
 * The page outline the quick-find index is built from: title, other names,
 * summary and section headings of each indexed page, read from the built
 * HTML. Pure string work, tested without a build.
 */
import { decodeHtml, escapeHtml } from '../lib/html';
import { rankFilterNames, type RankFilter } from '../lib/search-ranking';

export interface PageOutline {
	url: string;
	type: string;
	title: string;
	aliases: string;
	summary: string;
	headings: { level: number; id: string; text: string }[];
	/** The glossary entries the page links to (its institutions and abbreviations), as the links read. */
	terms: string[];
	/** The page's ranking filters (src/lib/search-ranking.ts), carried over so the outline ranks like the page. */
	rankFilters: Partial<Record<RankFilter, string>>;
}

const text = (html: string) =>
	decodeHtml(
		html
			.replace(/<a[^>]*class="heading-anchor"[^>]*>[\s\S]*?<\/a>/g, '')
			.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ')
			.trim(),
	);

/** The outline of a built page, or undefined when the page is not in the search index. */
export function outlineOf(url: string, html: string): PageOutline | undefined {
	const article = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/article>/.exec(html);
	if (!article) return undefined;
	const open = /<article\b([^>]*)>/.exec(article[0])?.[1] ?? '';
	const type = /data-pagefind-meta="type:([^"]+)"/.exec(open)?.[1] ?? 'Page';
	// What follows the page's own text (related pages, sources in the paper) is not part of its outline.
	const body = article[1].split(/<div class="relations"|<aside class="panel source-box"/)[0];
	const title = text(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1] ?? '');
	const aliases = text(/<p class="aliases"[^>]*>([\s\S]*?)<\/p>/.exec(body)?.[1] ?? '').replace(/^(Also known as|Also written):\s*/, '');
	const summary = text(/<p class="lead"[^>]*>([\s\S]*?)<\/p>/.exec(body)?.[1] ?? '');
	// Headings of the page's own text; the lists the site adds (related pages, sources) are not outline.
	const headings = [...body.matchAll(/<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)]
		.filter((m) => !/^<h[23]\b[^>]*data-pagefind-ignore/.test(m[0]))
		.map((m) => ({ level: Number(m[1]), id: decodeHtml(m[2]), text: text(m[3]) }))
		.filter((h) => h.text.length > 0);
	const terms = [...new Set([...article[1].matchAll(/<a\b[^>]*\bhref="\/glossary\/[^"]+\/"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => text(m[1])))];
	const rankFilters: PageOutline['rankFilters'] = {};
	for (const name of rankFilterNames) {
		const value = new RegExp(`<meta data-pagefind-filter="${name}\\[content\\]" content="([^"]*)"`).exec(html)?.[1];
		if (value !== undefined) rankFilters[name] = decodeHtml(value);
	}
	return { url, type, title, aliases, summary, headings, terms, rankFilters };
}

/** A small HTML document of the outline, weighted like the full page, for Pagefind to index. */
export function outlineHtml(o: PageOutline): string {
	return [
		'<!doctype html><html lang="en"><head><meta charset="utf-8">',
		`<title>${escapeHtml(o.title)}</title>`,
		...Object.entries(o.rankFilters).map(([name, value]) => `<meta data-pagefind-filter="${name}[content]" content="${escapeHtml(value)}">`),
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
