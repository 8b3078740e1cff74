import { describe, expect, test } from 'vitest';
import { alternatesOf, editionUrl, inThisEdition, siteRoot, sitemapAlternates } from '../../src/lib/site/editions';
import { localizeCollection } from '../../src/lib/content/editions';
import { sourceVersion } from '../../src/lib/translation/version';
import { translationSource } from '../../src/markdown/translation-anchors';
import { conceptNames, readTerminology } from '../../src/lib/content/terminology';

const site = 'https://skills.example.net';
const editions = ['en', 'fr', 'es'] as const;

describe('editions side by side, at the same paths', () => {
	test('the site root is the base above the edition', () => {
		expect(siteRoot('/', 'en')).toBe('/');
		expect(siteRoot('/fr/', 'fr')).toBe('/');
		expect(siteRoot('/skills/es/', 'es')).toBe('/skills/');
		expect(editionUrl('fr', '/concepts/joint-action/', '/skills/')).toBe('/skills/fr/concepts/joint-action/');
		expect(editionUrl('en', '/', '/skills/')).toBe('/skills/');
	});

	test('a page names itself in every edition, from any of them', () => {
		const fromFrench = alternatesOf('/skills/fr/cases/sialkot/', {
			base: '/skills/fr/',
			language: 'fr',
			site,
			editions,
		});
		expect(fromFrench.map((a) => [a.tag, a.href, a.current])).toEqual([
			['en', '/skills/cases/sialkot/', false],
			['fr', '/skills/fr/cases/sialkot/', true],
			['es', '/skills/es/cases/sialkot/', false],
		]);
		expect(fromFrench[2]!.absolute).toBe('https://skills.example.net/skills/es/cases/sialkot/');
		expect(fromFrench.map((a) => a.name)).toEqual(['English', 'Français', 'Español']);
	});

	test('the sitemap gets the alternates and English as x-default, only once there are two editions', () => {
		const links = sitemapAlternates(`${site}/lessons/x/`, { base: '/', language: 'en', site, editions: ['en', 'fr'] });
		expect(links).toEqual([
			{ url: `${site}/lessons/x/`, lang: 'en' },
			{ url: `${site}/fr/lessons/x/`, lang: 'fr' },
			{ url: `${site}/lessons/x/`, lang: 'x-default' },
		]);
		expect(
			sitemapAlternates(`${site}/lessons/x/`, { base: '/', language: 'en', site, editions: ['en'] }),
		).toBeUndefined();
	});

	test('a link into another edition is checked as the same page of this one', () => {
		expect(inThisEdition('/fr/concepts/x/', '/', 'en', editions)).toBe('/concepts/x/');
		expect(inThisEdition('/concepts/x/', '/fr/', 'fr', editions)).toBe('/fr/concepts/x/');
		expect(inThisEdition('/es/paths/p.pdf', '/fr/', 'fr', editions)).toBe('/fr/paths/p.pdf');
		expect(inThisEdition('/fr/concepts/x/', '/fr/', 'fr', editions)).toBe('/fr/concepts/x/');
		// A folder that is not a published edition is an ordinary path.
		expect(inThisEdition('/de/x/', '/', 'en', editions)).toBe('/de/x/');
	});

	test('translation files are known by their place, with their English file', () => {
		expect(translationSource('content/fr/concepts/x.mdx')).toEqual({
			language: 'fr',
			englishFile: 'content/concepts/x.mdx',
		});
		expect(translationSource('content/concepts/x.mdx')).toBeUndefined();
		expect(translationSource('content/de/concepts/x.mdx')).toBeUndefined();
	});
});

describe('an edition is whole or it does not build', () => {
	const english = [
		{
			id: 'a',
			data: { title: 'Alpha', summary: 'It may help.', concepts: ['b'] },
			body: 'English.',
			filePath: 'content/lessons/a.mdx',
		},
		{
			id: 'b',
			data: { title: 'Beta', summary: 'It often helps.', concepts: [] },
			body: 'English.',
			filePath: 'content/lessons/b.mdx',
		},
	];
	const read = (file: string) => `text of ${file}`;
	const version = (file: string) => sourceVersion(read(file));
	const translation = (id: string, data: Record<string, unknown>) => ({
		id,
		data: { translationOf: version(`content/lessons/${id}.mdx`), ...data },
		body: 'Français.',
		filePath: `content/fr/lessons/${id}.mdx`,
	});

	test('complete: English facts, French words and body, rendered from the translation file', () => {
		const result = localizeCollection(
			'lessons',
			'fr',
			english,
			[
				translation('a', { title: 'Alpha', summary: 'Elle peut aider.' }),
				translation('b', { title: 'Bêta', summary: 'Elle aide souvent.' }),
			],
			read,
		);
		expect(result.problems).toEqual([]);
		expect(result.stale).toEqual([]);
		expect(result.entries[0]!.entry).toMatchObject({
			id: 'a',
			data: { title: 'Alpha', summary: 'Elle peut aider.', concepts: ['b'] },
			body: 'Français.',
			filePath: 'content/fr/lessons/a.mdx',
		});
	});

	test('missing, orphan and misshapen translations are each named with their file', () => {
		const result = localizeCollection(
			'lessons',
			'fr',
			english,
			[translation('a', { title: 'Alpha' }), translation('c', { title: 'Gamma', summary: 'x.' })],
			read,
		);
		expect(result.problems).toEqual([
			'content/fr/lessons/c.mdx: translates no English entry (there is no lessons/c); remove it or rename it to match',
			'content/fr/lessons/a.mdx: summary: missing (every field in words is translated; nothing falls back to English)',
			'content/fr/lessons/b.mdx: missing. Every page of the fr edition is translated: translate content/lessons/b.mdx (see content/TRANSLATING.md)',
		]);
	});

	test('a translation of an older English version builds, and is listed as out of date', () => {
		const old = { ...translation('a', { title: 'Alpha', summary: 'Elle peut aider.' }) };
		old.data.translationOf = sourceVersion('an older text');
		const result = localizeCollection('lessons', 'fr', english.slice(0, 1), [old], read);
		expect(result.problems).toEqual([]);
		expect(result.stale).toEqual(['content/fr/lessons/a.mdx']);
	});
});

describe("a language's terminology, stated once", () => {
	const table = `- { en: "joint action", term: "action conjointe", concept: joint-action, aliases: ["action collective"] }\n- { en: "working paper", term: "document de travail" }\n`;

	test('gives a concept its names for search: the term, then the other names', () => {
		const { terms, problems } = readTerminology('fr', new Set(['joint-action']), () => table);
		expect(problems).toEqual([]);
		expect(conceptNames(terms, 'joint-action')).toEqual(['action conjointe', 'action collective']);
		expect(conceptNames(terms, 'upgrading')).toEqual([]);
	});

	test('an unknown concept or a malformed entry fails, naming the file', () => {
		expect(readTerminology('fr', new Set(), () => table).problems).toEqual([
			'content/fr/terminology.yaml: "action conjointe" names the concept "joint-action", which does not exist',
		]);
		expect(readTerminology('es', new Set(), () => '- { en: "joint action" }\n').problems[0]).toMatch(
			/^content\/es\/terminology\.yaml: entry 0\.term: /,
		);
		expect(readTerminology('es', new Set(), () => undefined).problems).toEqual([
			'content/es/terminology.yaml: missing (each edition states its terms once, there)',
		]);
	});
});
