import { describe, expect, it } from 'vitest';
import { breadcrumbList, learningResource, paperReport, serializeJsonLd } from '../../src/lib/citation/structured-data';
import { cardKey, cardOfPage } from '../../src/integration/social-cards';
import { cardHtml, titleSize } from '../../src/integration/social-card-template';
import { buildDate } from '../../src/lib/citation/build-date';
import { absoluteUrl, paperRecordUrl, socialCardUrl, pageOfSourceFile } from '../../src/lib/site/urls';
import { sharedAddress } from '../../src/client/copy';

describe('addresses', () => {
	it('of social cards, the paper record, content files and full addresses', () => {
		expect(socialCardUrl('/concepts/joint-action/')).toBe('/social/concepts/joint-action.png');
		expect(socialCardUrl('/')).toBe('/social/home.png');
		expect(paperRecordUrl('bib')).toBe('/paper/marchese-sakamoto-2008.bib');
		expect(pageOfSourceFile('content/lessons/sialkot-threat-creates-demand.mdx')).toBe(
			'/lessons/sialkot-threat-creates-demand/',
		);
		expect(pageOfSourceFile('content/organizations/sima.yaml')).toBeUndefined();
		expect(absoluteUrl('/paper/', 'https://example.org', '/')).toBe('https://example.org/paper/');
	});
	it('a copied anchor is the address the reader is on, with the anchor in place of any other', () => {
		expect(sharedAddress('#p-x', 'http://127.0.0.1:4470/concepts/a/')).toBe('http://127.0.0.1:4470/concepts/a/#p-x');
		expect(sharedAddress('#p-x', 'https://mirror.example/skills/concepts/a/#p-old')).toBe(
			'https://mirror.example/skills/concepts/a/#p-x',
		);
	});
});

describe('structured data', () => {
	it('cannot close its script element', () => {
		expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
		expect(JSON.parse(serializeJsonLd({ name: '</script>' })).name).toBe('</script>');
	});
	it('numbers breadcrumbs from 1', () => {
		const list = breadcrumbList([
			{ label: 'Home', url: 'https://e.org/' },
			{ label: 'Concepts', url: 'https://e.org/concepts/' },
		]) as { itemListElement: { position: number; name: string }[] };
		expect(list.itemListElement.map((i) => [i.position, i.name])).toEqual([
			[1, 'Home'],
			[2, 'Concepts'],
		]);
	});
	it('describes a learning path as a LearningResource with its duration, objectives and units', () => {
		const path = learningResource({
			name: 'A path',
			description: 'What it covers.',
			url: 'https://x.test/paths/a/',
			audience: 'Trainers',
			minutes: 90,
			objectives: ['Explain one thing.'],
			parts: [{ name: 'Joint action', url: 'https://x.test/concepts/joint-action/' }],
			siteName: 'Site',
			paperPageAddress: 'https://x.test/paper/',
		});
		expect(path).toMatchObject({
			'@type': 'LearningResource',
			timeRequired: 'PT90M',
			teaches: ['Explain one thing.'],
			audience: { '@type': 'Audience', audienceType: 'Trainers' },
			hasPart: [{ '@type': 'CreativeWork', name: 'Joint action', url: 'https://x.test/concepts/joint-action/' }],
			isBasedOn: { '@id': 'https://x.test/paper/#paper' },
		});
	});

	it('describes the paper with both ISBNs and ISSNs', () => {
		const report = paperReport('https://e.org/paper/');
		expect(report['@type']).toBe('Report');
		expect(report['@id']).toBe('https://e.org/paper/#paper');
		expect((report.identifier as { value: string }[]).map((i) => i.value)).toEqual([
			'978-92-2-121279-9',
			'978-92-2-121280-5',
		]);
		expect((report.isPartOf as { issn: string[] }).issn).toEqual(['1999-2939', '1999-2947']);
	});
});

describe('social cards', () => {
	const head = (extra: string) =>
		`<!doctype html><html><head><meta property="og:image" content="https://e.org/social/concepts/x.png">${extra}</head><body><p>x</p></body></html>`;
	it('take what they show from the page head', () => {
		const card = cardOfPage(
			'/concepts/x/',
			head(
				'<meta property="og:title" content="Joint &amp; action"><meta property="article:section" content="Concept"><meta property="og:site_name" content="S">',
			),
		);
		expect(card).toEqual({
			page: '/concepts/x/',
			imagePath: '/social/concepts/x.png',
			title: 'Joint & action',
			kind: 'Concept',
			siteName: 'S',
		});
		expect(
			cardOfPage('/old/', '<html><head><meta http-equiv="refresh" content="0;url=/new/"></head></html>'),
		).toBeUndefined();
		expect(() => cardOfPage('/concepts/x/', head(''))).toThrow(
			'social card of /concepts/x/: the head has og:image but no og:title, article:section, og:site_name',
		);
	});
	it('are cached by what they show', () => {
		const a = { title: 'A', kind: 'Concept', siteName: 'S' };
		expect(cardKey(a)).toBe(cardKey({ ...a }));
		expect(cardKey(a)).not.toBe(cardKey({ ...a, title: 'B' }));
		expect(cardKey(a)).not.toBe(cardKey({ ...a, kind: 'Lesson' }));
	});
	it('escape the title and shrink long ones', () => {
		expect(cardHtml({ title: '<b>', kind: 'K', siteName: 'S' })).toContain('&lt;b&gt;');
		expect(titleSize('Short')).toBeGreaterThan(
			titleSize('A much longer title that runs on for more than eighty characters in all, really'),
		);
	});
});

describe('the build date', () => {
	it('is the day of SOURCE_DATE_EPOCH when set', () => {
		expect(buildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 29, 15, 30) / 1000) }).toISOString()).toBe(
			'2026-11-29T00:00:00.000Z',
		);
	});
});
