/**
 * The page outline the quick-find index is built from: title, other names,
 * summary and section headings of each indexed page, read from the built
 * HTML. Pure string work, tested without a build.
 */
import { decodeHtml, escapeHtml } from '../lib/html';

export interface PageOutline {
	url: string;
	type: string;
	title: string;
	aliases: string;
	summary: string;
	headings: { level: number; id: string; text: string }[];
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
	const aliases = text(/<p class="aliases"[^>]*>([\s\S]*?)<\/p>/.exec(body)?.[1] ?? '').replace(/^Also known as:\s*/, '');
	const summary = text(/<p class="lead"[^>]*>([\s\S]*?)<\/p>/.exec(body)?.[1] ?? '');
	// Headings of the page's own text; the lists the site adds (related pages, sources) are not outline.
	const headings = [...body.matchAll(/<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)]
		.filter((m) => !/^<h[23]\b[^>]*data-pagefind-ignore/.test(m[0]))
		.map((m) => ({ level: Number(m[1]), id: decodeHtml(m[2]), text: text(m[3]) }))
		.filter((h) => h.text.length > 0);
	return { url, type, title, aliases, summary, headings };
}

/** A small HTML document of the outline, weighted like the full page, for Pagefind to index. */
export function outlineHtml(o: PageOutline): string {
	return [
		'<!doctype html><html lang="en"><head><meta charset="utf-8">',
		`<title>${escapeHtml(o.title)}</title></head><body>`,
		`<main data-pagefind-body data-pagefind-meta="type:${escapeHtml(o.type)}">`,
		`<h1>${escapeHtml(o.title)}</h1>`,
		o.aliases ? `<p data-pagefind-weight="8">${escapeHtml(o.aliases)}</p>` : '',
		o.summary ? `<p data-pagefind-weight="5">${escapeHtml(o.summary)}</p>` : '',
		...o.headings.map((h) => `<h${h.level} id="${escapeHtml(h.id)}">${escapeHtml(h.text)}</h${h.level}>`),
		'</main></body></html>',
	].join('');
}
