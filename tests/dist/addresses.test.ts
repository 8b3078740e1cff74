/**
 * Gate on the build's addresses: every address the site has published
 * (data/published-urls.txt, for links in curricula and slides) still
 * resolves; the sitemap lists the pages; the search indexes cover the
 * sitemap's pages and never the not-found page; the served pages no
 * longer carry the filter tags the index was built from.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtSitemapPaths } from '../../src/integration/sitemap';
import { publishedUrlsFile, readPublishedList } from '../../src/lib/site/published-lists';
import { siteFiles } from '../../src/lib/site/urls';
import { builtPages, distDir } from '../helpers/dist';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { QuickDoc } from '../../src/lib/search/quick-find';
import { projectRoot } from '../helpers/fixture-site';

const published = readPublishedList(projectRoot, publishedUrlsFile).entries;
const sitemap = builtSitemapPaths(distDir);

/** The address of every page in a Pagefind bundle: each fragment is gzip of a 12-byte signature and JSON. */
/** The pages an index holds: Pagefind's full text, or quick find's outlines. */
function indexedUrls(index: 'full text' | 'quick find'): string[] {
	if (index === 'quick find')
		return (JSON.parse(readFileSync(join(distDir, siteFiles.quickFind), 'utf8')) as { url: string }[]).map((d) => d.url);
	const dir = join(distDir, 'pagefind', 'fragment');
	return readdirSync(dir).map((file) => {
		const raw = gunzipSync(readFileSync(join(dir, file)));
		expect(raw.subarray(0, 12).toString('utf8'), file).toBe('pagefind_dcd');
		return (JSON.parse(raw.subarray(12).toString('utf8')) as { url: string }).url;
	});
}

describe('addresses', () => {
	it('every published address is still a page of the build, or a redirect to one', () => {
		expect(published.length).toBeGreaterThan(150);
		const missing = published.filter((path) => !existsSync(join(distDir, path, 'index.html')));
		expect(missing, 'removed or renamed without a redirect in content/redirects.json').toEqual([]);
	});

	it('the sitemap lists the pages, each a built page', () => {
		expect(sitemap.length).toBeGreaterThan(150);
		expect(sitemap).toContain('/concepts/absorptive-capacity/');
		expect(sitemap).toContain('/glossary/sima/');
		expect(sitemap.filter((path) => !existsSync(join(distDir, path, 'index.html')))).toEqual([]);
	});
});

describe.each(['full text', 'quick find'] as const)('the search index of the %s', (index) => {
	it('holds the pages of the sitemap, and not the not-found page', () => {
		const urls = indexedUrls(index);
		expect(urls.filter((url) => url.includes('404'))).toEqual([]);
		// The search page itself is not a result; every other page of the sitemap is.
		expect(sitemap.filter((path) => path !== '/search/' && !urls.includes(path))).toEqual([]);
		expect(urls.filter((url) => !sitemap.includes(url))).toEqual([]);
	});
});

describe('the pages as served', () => {
	it("carry no search filter tags nor Pagefind's attributes: the index holds what they said, and readers do not download them", () => {
		const pages = builtPages();
		expect(pages.filter((p) => selectAll('[data-pagefind-filter]', p.tree).length > 0).map((p) => p.path)).toEqual([]);
		expect(pages.filter((p) => p.html.includes('data-pagefind-')).map((p) => p.path)).toEqual([]);
		// The filters are in the full-text index all the same (one filter file per filter).
		expect(readdirSync(join(distDir, 'pagefind', 'filter')).length).toBeGreaterThanOrEqual(8);
	});
	it("show as a concept's other names only the paper's, not the words it only answers to in search, which quick find holds", () => {
		const pages = builtPages();
		expect(pages.filter((p) => selectAll('meta[data-search-term]', p.tree).length > 0).map((p) => p.path)).toEqual([]);
		const outlines = JSON.parse(readFileSync(join(distDir, siteFiles.quickFind), 'utf8')) as QuickDoc[];
		const otherNames = (path: string) =>
			selectAll('p.aliases', pages.find((p) => p.path === path)!.tree).map((p) => toString(p));
		// The paper writes "intra-cluster technological gap", never "technology gap"; nor "talent drain" for the brain drain.
		expect(otherNames('/concepts/technological-gap/')).toEqual(['Also known as: intra-cluster technological gap']);
		expect(otherNames('/concepts/brain-drain/')).toEqual([]);
		const outline = (url: string) => outlines.find((d) => d.url === url)!;
		expect(outline('/concepts/technological-gap/')).toMatchObject({ aliases: 'intra-cluster technological gap' });
		expect(outline('/concepts/technological-gap/').searchTerms).toContain('technology gap');
		expect(outline('/concepts/brain-drain/')).toMatchObject({ aliases: '' });
		expect(outline('/concepts/brain-drain/').searchTerms).toContain('talent drain');
		expect(outline('/concepts/brain-drain/').searchTerms).toContain('brain gain');
	});
	it("show as a glossary entry's or a cluster's other names only the paper's; the names it does not write are searched", () => {
		const pages = builtPages();
		const outlines = JSON.parse(readFileSync(join(distDir, siteFiles.quickFind), 'utf8')) as QuickDoc[];
		const shown = (path: string) => toString(pages.find((p) => p.path === path)!.tree);
		// The paper writes "UK", never "Britain"; its Sinos Valley is never "Vale dos Sinos".
		expect(shown('/glossary/uk/')).not.toContain('Britain');
		expect(outlines.find((d) => d.url === '/glossary/uk/')?.searchTerms).toContain('Britain');
		expect(shown('/cases/sinos-valley/')).toContain('Novo Hamburgo');
		expect(shown('/cases/sinos-valley/')).not.toContain('Vale dos Sinos');
		expect(outlines.find((d) => d.url === '/cases/sinos-valley/')?.searchTerms).toContain('Vale dos Sinos');
	});
});

