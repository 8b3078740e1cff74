/**
 * The pages a build lists in its sitemap (`dist/sitemap-0.xml`, written by
 * @astrojs/sitemap), read with an XML parser: the paths of their addresses.
 * The accessibility sweep and the list of published addresses start here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** The path (`/concepts/x/`) of every address in a sitemap's XML, in its order. */
export function sitemapPaths(xml: string): string[] {
	const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as {
		urlset?: { url?: { loc: string }[] };
	};
	return (parsed.urlset?.url ?? []).map((u) => new URL(u.loc).pathname);
}

/** The paths of the pages a built site (`dist/`) lists in its sitemap. */
export const builtSitemapPaths = (distDir: string): string[] =>
	sitemapPaths(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8'));
