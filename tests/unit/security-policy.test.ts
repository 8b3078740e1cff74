import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeExternalLinks from 'rehype-external-links';
import { describe, expect, it } from 'vitest';
import { externalLinksWithoutRel } from '../helpers/external-link-check';
import { externalLinks } from '../../src/markdown/external-links';
import { inlineStyleHashes, inlineStyles } from '../../src/lib/security/inline-styles';
import { contentSecurityPolicy, headersFile, styleHash } from '../../src/lib/security/security-policy';

describe('the Content Security Policy', () => {
	it('allows scripts from the site and WebAssembly only, and inline styles only by hash', () => {
		const policy = contentSecurityPolicy([styleHash('a{}')], 'header');
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
		expect(policy).toContain(`style-src 'self' ${styleHash('a{}')};`);
		expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
		for (const d of [
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
			"worker-src 'self'",
			"img-src 'self' data:",
			"connect-src 'self'",
		]) {
			expect(policy).toContain(d);
		}
	});

	it('puts frame-ancestors in the header only (browsers ignore it in <meta>)', () => {
		expect(contentSecurityPolicy([], 'header')).toContain("frame-ancestors 'none'");
		expect(contentSecurityPolicy([], 'meta')).not.toContain('frame-ancestors');
	});

	it('hashes a stylesheet as browsers do (SHA-256 of the exact text, base64)', () => {
		// echo -n 'a{}' | openssl dgst -sha256 -binary | base64
		expect(styleHash('a{}')).toBe("'sha256-X1RutGBrXCt9KkSaXMK7tHftWiRscFHOhxsS8tv8hBk='");
	});

	it('lists each inline stylesheet of a page once, in a stable order', () => {
		const html = '<svg><style>b{}</style></svg><p>x</p><svg><style>a{}</style></svg><svg><style>b{}</style></svg>';
		expect(inlineStyles(fromHtml(html, { fragment: true }))).toEqual(['b{}', 'a{}', 'b{}']);
		expect(inlineStyleHashes(html)).toEqual([styleHash('a{}'), styleHash('b{}')].sort());
	});

	it('writes _headers with the policy and security headers for every path and a long cache for hashed assets', () => {
		const file = headersFile([]);
		expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';/);
		expect(file).toContain('  X-Content-Type-Options: nosniff\n');
		expect(file).toContain('  Strict-Transport-Security: max-age=63072000; includeSubDomains\n');
		expect(file).toContain('\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
		expect(headersFile([], '/skills/')).toMatch(/^\/skills\/\*\n[\s\S]*\n\/skills\/_astro\/\*\n/);
	});
});

describe('links to other sites', () => {
	const process = (html: string) => {
		const tree = fromHtml(html, { fragment: true });
		rehypeExternalLinks(externalLinks)(tree);
		return toHtml(tree);
	};

	it('get rel="noopener noreferrer" from the Markdown pipeline, and no target', () => {
		expect(process('<a href="https://www.ilo.org/">ILO</a> <a href="/concepts/x/">x</a>')).toBe(
			'<a href="https://www.ilo.org/" rel="noopener noreferrer">ILO</a> <a href="/concepts/x/">x</a>',
		);
	});

	it('are found by the check over dist/ when rel is missing or partial', () => {
		const tree = fromHtml(
			'<a href="https://a.example/">a</a><a href="//b.example/" rel="noopener">b</a>' +
				'<a href="https://c.example/" rel="noreferrer noopener">c</a><a href="/local/">d</a><a href="#x">e</a>',
		);
		expect(externalLinksWithoutRel(tree)).toEqual(['https://a.example/', '//b.example/']);
	});
});
