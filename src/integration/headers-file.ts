/**
 * Writes `dist/_headers` (Netlify and Cloudflare Pages format): the site's
 * Content Security Policy and security headers for every path, and the long
 * cache of hashed assets. One header serves every page, so it allows the
 * inline stylesheets of all pages (a handful: diagrams of one kind and
 * theme share one stylesheet text).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDistPages, type DistPage } from './dist-files';
import { inlineStyles } from '../lib/security/inline-styles';
import { headersFile, styleHash } from '../lib/security/security-policy';

/** Every inline stylesheet hash used by a page of the built site. */
export function siteStyleHashes(distDir: string, pages: DistPage[] = readDistPages(distDir)): string[] {
	return [...new Set(pages.flatMap((page) => inlineStyles(page.tree).map(styleHash)))].sort();
}

/** Writes the file for a site served under `base`; returns how many inline stylesheet hashes its policy allows. */
export function writeHeadersFile(distDir: string, base: string, pages?: DistPage[]): number {
	const hashes = siteStyleHashes(distDir, pages);
	writeFileSync(join(distDir, '_headers'), headersFile(hashes, base));
	return hashes.length;
}
