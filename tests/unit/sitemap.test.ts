import { describe, expect, it } from 'vitest';
import { sitemapPaths } from '../../src/integration/sitemap';

describe('sitemap paths', () => {
	it('reads every address of a sitemap, as paths, with an XML parser', () => {
		const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/skills/</loc></url><url><loc>https://example.org/skills/concepts/joint-action/</loc><lastmod>2026-01-01</lastmod></url></urlset>`;
		expect(sitemapPaths(xml)).toEqual(['/skills/', '/skills/concepts/joint-action/']);
	});
	it('reads a sitemap of one page as a list, and an empty one as none', () => {
		expect(sitemapPaths('<urlset><url><loc>https://example.org/</loc></url></urlset>')).toEqual(['/']);
		expect(sitemapPaths('<urlset></urlset>')).toEqual([]);
	});
});
