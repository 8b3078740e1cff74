/**
 * Gates for hosting the built site safely: the Content Security Policy on
 * every page and in `_headers`, nothing inline that the policy would have
 * to loosen for, and `rel="noopener noreferrer"` on links to other sites.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { externalLinksWithoutRel } from '../helpers/external-link-check';
import { siteStyleHashes } from '../../src/integration/headers-file';
import { inlineStyles } from '../../src/lib/security/inline-styles';
import { contentSecurityPolicy, hashedAssetsCache, securityHeaders, styleHash } from '../../src/lib/security/security-policy';
import { builtPages, distDir } from '../helpers/dist';

const pages = builtPages();

/** Elements of a page matching `test`, described for a failure message. */
function found(tree: (typeof pages)[number]['tree'], test: (node: Element) => boolean): string[] {
	const hits: string[] = [];
	visit(tree, 'element', (node: Element) => {
		if (test(node)) hits.push(`<${node.tagName} ${Object.keys(node.properties).join(' ')}>`);
	});
	return hits;
}

describe('the Content Security Policy', () => {
	it('is in a <meta> of every page, allowing exactly the inline stylesheets of that page', () => {
		for (const page of pages) {
			const metas = found(page.tree, (n) => n.tagName === 'meta' && String(n.properties.httpEquiv).toLowerCase() === 'content-security-policy');
			expect(metas, page.path).toHaveLength(1);
			let content = '';
			visit(page.tree, 'element', (n: Element) => {
				if (n.tagName === 'meta' && n.properties.httpEquiv !== undefined) content = String(n.properties.content);
			});
			const hashes = [...new Set(inlineStyles(page.tree).map(styleHash))];
			expect(content, page.path).toBe(contentSecurityPolicy(hashes, 'meta'));
			expect(content).not.toContain('unsafe-inline');
			expect(content).not.toContain('frame-ancestors');
		}
	});

	it('needs no inline script, style attribute or event handler attribute on any page', () => {
		for (const page of pages) {
			const inlineScripts = found(
				page.tree,
				// JSON-LD is a data block: browsers never execute it.
				(n) => n.tagName === 'script' && n.properties.src === undefined && n.properties.type !== 'application/ld+json',
			);
			expect(inlineScripts, page.path).toEqual([]);
			expect(found(page.tree, (n) => n.properties.style !== undefined), page.path).toEqual([]);
			expect(found(page.tree, (n) => Object.keys(n.properties).some((k) => /^on[a-z]/.test(k))), page.path).toEqual([]);
		}
	});

	it('is in _headers with frame-ancestors, the security headers and a long cache for hashed assets', () => {
		const headers = readFileSync(join(distDir, '_headers'), 'utf8');
		const blocks = Object.fromEntries(
			headers
				.trim()
				.split(/\n\s*\n/)
				.map((block) => {
					const [path, ...lines] = block.split('\n');
					return [path, Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]))];
				}),
		);
		expect(blocks['/*']['Content-Security-Policy']).toBe(contentSecurityPolicy(siteStyleHashes(distDir), 'header'));
		expect(blocks['/*']['Content-Security-Policy']).toContain("frame-ancestors 'none'");
		for (const [name, value] of Object.entries(securityHeaders)) expect(blocks['/*'][name], name).toBe(value);
		expect(blocks['/_astro/*']['Cache-Control']).toBe(hashedAssetsCache);
	});
});

describe('links to other sites', () => {
	it('carry rel="noopener noreferrer" on every page', () => {
		const missing = pages.flatMap((page) => externalLinksWithoutRel(page.tree).map((href) => `${page.path}: ${href}`));
		expect(missing).toEqual([]);
	});
});
