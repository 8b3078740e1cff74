/**
 * Gates on the translated editions, each a site of its own under
 * `dist/<language>/`: every English page has its counterpart in each, in
 * its language, naming the others; each has its own search index in its
 * language and its own offline copy; the host's root files cover them.
 * A sample of pages, not every page three times: the English gates check
 * what the editions share (the templates).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { builtSitemapPaths } from '../../src/integration/sitemap';
import { publishedLanguages, sourceLanguage, type Language } from '../../src/i18n/languages';
import { distDir, editionDir } from '../helpers/dist';
import { siteFiles } from '../../src/lib/site/urls';
import { t } from '../../src/i18n/ui';

const translated = publishedLanguages.filter((l): l is Exclude<Language, 'en'> => l !== sourceLanguage);
const english = builtSitemapPaths(distDir);
const samples = ['/', '/concepts/joint-action/', '/cases/sialkot/', '/lessons/sialkot-soft-technologies/', '/recommendations/buyer-linkages/', '/paths/when-a-crisis-forces-learning/', '/glossary/sima/', '/map/concepts/', '/charts/', '/taxonomy/', '/paper/', '/for-trainers/'];
const page = (path: string) => fromHtml(readFileSync(join(distDir, path, 'index.html'), 'utf8'));

it('the site publishes at least one translated edition', () => {
	expect(translated.length).toBeGreaterThan(0);
});

describe.each(translated)('the %s edition', (language) => {
	const root = join(distDir, language);

	it('has every page of the English edition, at the same path under /%s/', () => {
		const own = builtSitemapPaths(root);
		expect(own.sort()).toEqual(english.map((path) => `/${language}${path}`).sort());
		expect(own.filter((path) => !existsSync(join(distDir, path, 'index.html')))).toEqual([]);
	});

	it.each(samples)('%s is in the language and names the page in every edition, English as x-default', (path) => {
		const tree = page(`/${language}${path}`);
		expect((select('html', tree) as Element).properties.lang).toBe(language);
		const alternates = Object.fromEntries(
			selectAll('link[rel="alternate"][hreflang]', tree).map((link) => [
				String((link as Element).properties.hrefLang),
				new URL(String((link as Element).properties.href)).pathname,
			]),
		);
		const expected = Object.fromEntries(publishedLanguages.map((l) => [l, l === sourceLanguage ? path : `/${l}${path}`]));
		expect(alternates).toEqual({ ...expected, 'x-default': path });
		// The switcher offers the same page in each edition, each link in its own language.
		const links = selectAll('.language-menu a', tree) as Element[];
		expect(links.map((a) => [a.properties.lang, a.properties.href])).toEqual(
			publishedLanguages.map((l) => [l, l === sourceLanguage ? path : `/${l}${path}`]),
		);
	});

	it('has its own search index, in its language, and its own offline copy', () => {
		const entry = JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, unknown>;
		};
		expect(Object.keys(entry.languages)).toEqual([language]);
		const outlines = JSON.parse(readFileSync(join(root, siteFiles.quickFind), 'utf8')) as { url: string }[];
		expect(outlines.length).toBeGreaterThan(150);
		expect(outlines.every((o) => o.url.startsWith(`/${language}/`))).toBe(true);
		expect(statSync(join(root, 'sw.js')).size).toBeGreaterThan(0);
	});

	it("lets quick find answer a lesson's and a recommendation's own searchTerms, which their pages do not carry", () => {
		const outlines = JSON.parse(readFileSync(join(root, siteFiles.quickFind), 'utf8')) as {
			url: string;
			searchTerms: string;
		}[];
		// The French "représentativité" (a noun, where the lesson's title says "représente"), its Spanish twin;
		// "consultants externes" for the recommendation the paper words as international consultants.
		const termsOf = (path: string) => outlines.find((o) => o.url === `/${language}${path}`)!.searchTerms;
		expect(termsOf('/lessons/sinos-valley-who-represents-what/')).toMatch(/^representativ|^représentativ/);
		expect(termsOf('/recommendations/external-consultants/')).toMatch(/^consult/);
		const lesson = readFileSync(join(root, 'lessons', 'sinos-valley-who-represents-what', 'index.html'), 'utf8');
		// The words are read into quick find at build time, then cut from the page: readers do not download them.
		expect(lesson).not.toContain('data-search-term');
	});

	it('is covered by the host files at the root: its headers, redirects and sitemap', () => {
		expect(readFileSync(join(distDir, '_headers'), 'utf8')).toContain(`\n/${language}/*\n`);
		expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`/${language}/sitemap-index.xml`);
	});

	it("names the paper's parts, and sets a label's colon, in its language", () => {
		const words = t(language);
		const lesson = page(`/${language}/lessons/sialkot-soft-technologies/`);
		const text = (selector: string) => selectAll(selector, lesson).map((e) => toString(e));
		// "Part II: The Sialkot …" in English; "Partie II : Le cluster …" (no-break space) in French.
		expect(text('.source-box li a')[0]).toMatch(new RegExp(`^${words.labelled(words.paper.parts['Part II'])} \\S`));
		expect(text('.source-box li a').filter((label) => /^(Part I|Front matter)/.test(label))).toEqual([]);
		expect(text('.path-membership li > p')[0]).toMatch(new RegExp(`^${words.labelled(words.paths.partOf)} \\S`));
	});

	it("gives a path the English page's reading time, which its session plan was timed by", () => {
		const minutes = (path: string) => select('[data-reading-minutes]', page(path))?.properties.dataReadingMinutes;
		for (const path of ['/paths/when-a-crisis-forces-learning/', '/paths/high-tech-clusters-bangalore/'])
			expect(minutes(`/${language}${path}`), path).toBe(minutes(path));
	});

	it('keeps the English page’s paragraph anchors', () => {
		const ids = (tree: ReturnType<typeof page>) => selectAll('[id^="p-"], [id^="li-"]', tree).map((e) => (e as Element).properties.id);
		for (const path of ['/concepts/joint-action/', '/cases/sialkot/'])
			expect(ids(page(`/${language}${path}`))).toEqual(ids(page(path)));
	});
});

describe.each(publishedLanguages)("the %s edition's browser code", (language) => {
	const root = editionDir(language);
	const scripts = readdirSync(join(root, '_astro'))
		.filter((f) => f.endsWith('.js'))
		.map((f) => readFileSync(join(root, '_astro', f), 'utf8'));
	// A sentence of each area's words that the browser bundles (search, the cite box, the offline copy), in a language
	// (sentences without a no-break space, which the minifier writes as an escape).
	const marks = (l: Language) => [t(l).search.unavailable, t(l).cite.copied, t(l).offline.unsupported];
	it("carries its own language's words for search, the cite box and the offline copy, and no other language's", () => {
		for (const mark of marks(language)) expect(scripts.some((s) => s.includes(mark)), mark).toBe(true);
		for (const other of publishedLanguages.filter((l) => l !== language))
			for (const mark of marks(other)) expect(scripts.some((s) => s.includes(mark)), `${other}: ${mark}`).toBe(false);
	});
});
