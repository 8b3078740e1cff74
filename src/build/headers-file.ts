/**
 * Writes `dist/_headers` (Netlify and Cloudflare Pages format): the site's
 * Content Security Policy and security headers for every path, and the long
 * cache of hashed assets. One header serves every page, so it allows the
 * inline stylesheets of all pages (a handful: diagrams of one kind and
 * theme share one stylesheet text).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './dist-files';
import { inlineStyleHashes } from '../lib/inline-styles';
import { headersFile } from '../lib/security-policy';

/** Every inline stylesheet hash used by a page of the built site. */
export function siteStyleHashes(distDir: string): string[] {
	const hashes = new Set<string>();
	for (const file of htmlFiles(distDir)) {
		for (const hash of inlineStyleHashes(readFileSync(join(distDir, file), 'utf8'), { fragment: false })) hashes.add(hash);
	}
	return [...hashes].sort();
}

/** Writes the file for a site served under `base`; returns how many inline stylesheet hashes its policy allows. */
export function writeHeadersFile(distDir: string, base: string): number {
	const hashes = siteStyleHashes(distDir);
	writeFileSync(join(distDir, '_headers'), headersFile(hashes, base));
	return hashes.length;
}
