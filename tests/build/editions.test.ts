/**
 * A translated edition, built for real from the fixture site: with every
 * entry translated, `/fr/` pages exist in French with the English page's
 * anchors and name each other with hreflang; a translation of an older
 * English version is reported; a missing translation fails the build
 * naming the file it expects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dump, load } from 'js-yaml';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { collectionNames, folderOf } from '../../src/lib/content/collections';
import { translatableFields, versionKey } from '../../src/lib/translation/fields';
import { translatablePart } from '../../src/lib/translation/check-fields';
import { sourceVersion } from '../../src/lib/translation/version';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';

const alpha = 'concepts/alpha-concept.mdx';

/** A French translation of a fixture file: its fields in words, its body with every paragraph reworded. */
function translate(site: FixtureSite, file: string, folder: string): string {
	const collection = collectionNames.find((c) => folderOf(c) === folder)!;
	const english = site.read(`content/${file}`);
	const version = sourceVersion(english);
	if (!file.endsWith('.mdx')) {
		const part = translatablePart(translatableFields[collection], load(english)) as Record<string, unknown>;
		return dump({ [versionKey]: version, ...part });
	}
	const { frontmatter, body } = splitFrontmatter(english);
	const part = translatablePart(translatableFields[collection], load(frontmatter)) as Record<string, unknown>;
	// Other words, same blocks: a paragraph's anchor must still come from the English one.
	const french = body.replace(/^(?=[A-Z])/gm, 'En français : ');
	return `---\n${dump({ [versionKey]: version, ...part })}---\n${french}`;
}

function translateAll(site: FixtureSite) {
	const content = join(site.root, 'content');
	// Every edition states its terms once; a concept's term and other names are search synonyms of its page.
	site.write(
		'content/fr/terminology.yaml',
		'- { en: "alpha concept", term: "concept alpha", concept: alpha-concept, aliases: ["notion alpha"] }\n',
	);
	for (const folder of readdirSync(content)) {
		if (!collectionNames.some((c) => folderOf(c) === folder)) continue;
		for (const name of readdirSync(join(content, folder)))
			site.write(`content/fr/${folder}/${name}`, translate(site, `${folder}/${name}`, folder));
	}
}

const ids = (site: FixtureSite, page: string) =>
	selectAll('[id^="p-"], [id^="li-"], h2[id]', site.html(page)).map((e) => (e as Element).properties.id);

let site: FixtureSite;
let french: { code: number; output: string };

beforeAll(() => {
	site = createFixtureSite();
	// The fixture publishes English and French, whatever the project publishes today.
	const languages = 'src/i18n/languages.ts';
	site.write(
		languages,
		site.read(languages).replace(/(publishedLanguages: readonly Language\[\] = )\[[^\]]*\]/, "$1['en', 'fr']"),
	);
	translateAll(site);
	// Changed after its translation was stamped: the French page is out of date, and says so in the build's log.
	site.write(
		`content/${alpha}`,
		site.read(`content/${alpha}`).replace('title: Alpha concept', 'title: Alpha concept, revised'),
	);
	site.write(`content/fr/${alpha}`, site.read(`content/fr/${alpha}`).replace(/title: .*/, 'title: Concept alpha'));
	expect(site.build().code).toBe(0);
	french = site.build({ SITE_LANGUAGE: 'fr' });
});
afterAll(() => site?.remove());

describe('a French edition of the fixture site', () => {
	it('builds its pages under /fr/, in French, with the English pages’ anchors', () => {
		expect(french.code, french.output).toBe(0);
		const page = site.html('dist/fr/concepts/alpha-concept/index.html');
		expect((selectAll('html', page)[0] as Element).properties.lang).toBe('fr');
		const html = readFileSync(join(site.root, 'dist/fr/concepts/alpha-concept/index.html'), 'utf8');
		expect(html).toContain('En français');
		// The terminology table's other name of the concept is among the names search finds it by.
		expect(html).toContain('notion alpha');
		const englishIds = ids(site, 'dist/concepts/alpha-concept/index.html');
		expect(englishIds.length).toBeGreaterThan(0);
		expect(ids(site, 'dist/fr/concepts/alpha-concept/index.html')).toEqual(englishIds);
	});

	it('names the page in each edition, both ways, with English as x-default', () => {
		const links = (page: string) =>
			Object.fromEntries(
				selectAll('link[rel="alternate"][hreflang]', site.html(page)).map((l) => [
					(l as Element).properties.hrefLang,
					new URL(String((l as Element).properties.href)).pathname,
				]),
			);
		const expected = {
			en: '/concepts/alpha-concept/',
			fr: '/fr/concepts/alpha-concept/',
			'x-default': '/concepts/alpha-concept/',
		};
		expect(links('dist/concepts/alpha-concept/index.html')).toEqual(expected);
		expect(links('dist/fr/concepts/alpha-concept/index.html')).toEqual(expected);
	});

	it('reports a translation made from an older English version', () => {
		expect(french.output).toMatch(/1 fr translation\(s\) out of date/);
		expect(french.output).toContain(`content/fr/${alpha}`);
	});

	it('fails on a missing translation, naming the file it expects', () => {
		site.delete('content/fr/concepts/beta-concept.mdx');
		const { code, output } = site.build({ SITE_LANGUAGE: 'fr' });
		expect(code).not.toBe(0);
		expect(output).toContain('content/fr/concepts/beta-concept.mdx: missing');
		expect(output).toContain('translate content/concepts/beta-concept.mdx');
	});
});
