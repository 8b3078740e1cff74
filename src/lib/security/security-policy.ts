/**
 * The site's Content Security Policy and security headers: the one place
 * they are written. Pages carry the policy in a `<meta>` element
 * (src/components/SecurityPolicy.astro); the build writes the same policy
 * and the other headers to `dist/_headers` for hosts that read it
 * (Netlify, Cloudflare Pages).
 *
 * Nothing here loosens scripts: every script is a file from the site, the
 * only extra is `'wasm-unsafe-eval'`, which Pagefind's WebAssembly search
 * needs. Inline `<style>` elements (the diagrams' own stylesheets) are
 * allowed one by one through their SHA-256 hashes, collected when the page
 * is rendered; no inline style attribute is allowed at all.
 */
import { createHash } from 'node:crypto';

/** A CSP hash source for the exact text of an inline `<style>` element. */
export function styleHash(cssText: string): string {
	return `'sha256-${createHash('sha256').update(cssText, 'utf8').digest('base64')}'`;
}

/** Where the policy is delivered: `frame-ancestors` is only honoured in a header, and not allowed in `<meta>`. */
export type PolicyDelivery = 'meta' | 'header';

/** The policy's directives, in order. `styleHashes` are sources from {@link styleHash}. */
export function policyDirectives(styleHashes: readonly string[], delivery: PolicyDelivery): [string, ...string[]][] {
	const directives: [string, ...string[]][] = [
		['default-src', "'self'"],
		// Pagefind compiles its WebAssembly search module in the page.
		['script-src', "'self'", "'wasm-unsafe-eval'"],
		['style-src', "'self'", ...[...new Set(styleHashes)].sort()],
		['img-src', "'self'", 'data:'],
		['font-src', "'self'"],
		['connect-src', "'self'"],
		['worker-src', "'self'"],
		['manifest-src', "'self'"],
		['object-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
	];
	if (delivery === 'header') directives.push(['frame-ancestors', "'none'"]);
	return directives;
}

/** The policy as the value of a `Content-Security-Policy` header or `<meta>` content. */
export function contentSecurityPolicy(styleHashes: readonly string[], delivery: PolicyDelivery): string {
	return policyDirectives(styleHashes, delivery)
		.map((parts) => parts.join(' '))
		.join('; ');
}

/** Headers every response gets besides the policy. */
export const securityHeaders: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Files under `/_astro/` carry a content hash in their name: they never change, so caches may keep them for a year. */
export const hashedAssetsCache = 'public, max-age=31536000, immutable';

/**
 * The `_headers` file (Netlify and Cloudflare Pages format): the policy and
 * security headers for every path, and the long cache for hashed assets.
 * `styleHashes` is every inline stylesheet hash of the site, since one
 * header covers all pages; `base` is the path the site is served under.
 */
export function headersFile(styleHashes: readonly string[], base = '/'): string {
	const block = (path: string, headers: Record<string, string>) =>
		[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	return `${[
		block(`${base}*`, { 'Content-Security-Policy': contentSecurityPolicy(styleHashes, 'header'), ...securityHeaders }),
		block(`${base}_astro/*`, { 'Cache-Control': hashedAssetsCache }),
	].join('\n\n')}\n`;
}
