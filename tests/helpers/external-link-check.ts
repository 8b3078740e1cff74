/** Links to other sites in a built page that lack `rel="noopener noreferrer"` (see external-links.ts). */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { externalRel } from '../../src/markdown/external-links';

/** Whether `href` leaves the site: an absolute http(s) or protocol-relative address. */
export const isExternalHref = (href: string) => /^(https?:)?\/\//i.test(href.trim());

/** The external hrefs of `<a>` and `<area>` elements whose rel misses a token of {@link externalRel}. */
export function externalLinksWithoutRel(tree: Root): string[] {
	const missing: string[] = [];
	visit(tree, 'element', (node: Element) => {
		if (node.tagName !== 'a' && node.tagName !== 'area') return;
		const href = node.properties.href;
		if (typeof href !== 'string' || !isExternalHref(href)) return;
		const rel = Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : [];
		if (!externalRel.every((token) => rel.includes(token))) missing.push(href);
	});
	return missing;
}
