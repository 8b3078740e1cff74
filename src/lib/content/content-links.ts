/**
 * The links of a content body, read from its Markdown tree (mdast). One
 * reader serves both the Markdown plugin that rewrites `scheme:id` links
 * into URLs (`src/markdown/remark-entry-links.ts`) and the site index that
 * derives backlinks from them, so the two can never disagree: a link with
 * a title or written reference-style counts, a `scheme:id` inside code
 * does not.
 */
import type { Definition, Link, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { closestId } from './closest.ts';
import { externalSchemes, knownSchemes, parseContentLink, schemeOf, type ContentLink } from '../site/urls.ts';

/** A node that carries a URL: an inline link or the definition of a reference-style link. */
export type LinkNode = Link | Definition;

/** What an href written in content is. */
export type HrefKind =
	| { kind: 'content'; link: ContentLink }
	/** A scheme of the registry with a target that is not an id (`cases:Sialkot`). */
	| { kind: 'malformed'; scheme: string }
	/** A `word:` that is neither a content scheme nor http, https, mailto, tel (`concept:x`). */
	| { kind: 'unknown-scheme'; scheme: string; suggestion?: string }
	/** A path on this site written by hand (`/concepts/x/`), which bypasses the URL builder. */
	| { kind: 'site-path' }
	/** An external URL, or an anchor or relative reference: not the content's business. */
	| { kind: 'other' };

/** Classifies an href written in content. */
export function classifyHref(href: string): HrefKind {
	if (href.startsWith('/') && !href.startsWith('//')) return { kind: 'site-path' };
	const scheme = schemeOf(href);
	if (!scheme) return { kind: 'other' };
	if ((externalSchemes as readonly string[]).includes(scheme)) return { kind: 'other' };
	const link = parseContentLink(href);
	if (link) return { kind: 'content', link };
	if (knownSchemes.includes(scheme)) return { kind: 'malformed', scheme };
	return { kind: 'unknown-scheme', scheme, ...optional('suggestion', closestId(scheme, knownSchemes)) };
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/** Every link and link definition of a Markdown tree, with what its href is. */
export function linksOf(tree: Root): { node: LinkNode; href: HrefKind }[] {
	const found: { node: LinkNode; href: HrefKind }[] = [];
	visit(tree, ['link', 'definition'], (node) => {
		const link = node as LinkNode;
		found.push({ node: link, href: classifyHref(link.url) });
	});
	return found;
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const mdParser = unified().use(remarkParse).use(remarkGfm);

/** Parses a content body as the build does: MDX for `.mdx` files, Markdown otherwise. */
export function parseBody(body: string, { mdx = true }: { mdx?: boolean } = {}): Root {
	return (mdx ? mdxParser : mdParser).parse(body);
}

/** The `scheme:id` links of a content body (inline and reference-style; never those inside code). */
export function contentLinksOfBody(body: string, options?: { mdx?: boolean }): ContentLink[] {
	return linksOf(parseBody(body, options)).flatMap(({ href }) => (href.kind === 'content' ? [href.link] : []));
}
