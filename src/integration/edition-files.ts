/**
 * Files a static host reads only at the site's root: each translated
 * edition's build writes its own, with its paths under `/<language>/`
 * already, and scripts/build-editions.ts appends them to the root ones.
 */

/** Rules files whose lines hold their own paths (Netlify and Cloudflare Pages read them at the root). */
export const editionRootFiles = ['_headers', '_redirects'] as const;

/** The `Sitemap:` line of an edition's robots.txt, for the root one (which crawlers read). */
export function robotsSitemapLine(editionRobots: string): string {
	const line = editionRobots.split('\n').find((l) => l.startsWith('Sitemap:'));
	return line ? `${line}\n` : '';
}
