import { describe, expect, it } from 'vitest';
import {
	absoluteUrl,
	assetUrl,
	normalizeBase,
	withBase,
	withoutBase,
	contentLinkUrl,
	entryUrl,
	glossaryUrl,
	pageUrl,
	paperSectionUrl,
	parseContentLink,
	searchUrl,
	sourceFileOfUrl,
	sourceUrl,
} from '../../src/lib/site/urls';

describe('entry and page URLs', () => {
	it('puts an entry under its collection, with a trailing slash', () => {
		expect(entryUrl('concepts', 'joint-action')).toBe('/concepts/joint-action/');
		expect(entryUrl('lessons', 'sialkot-threat-creates-demand')).toBe('/lessons/sialkot-threat-creates-demand/');
	});
	it('adds an anchor when given one', () => {
		expect(entryUrl('concepts', 'upgrading', 'three-kinds-of-upgrading')).toBe(
			'/concepts/upgrading/#three-kinds-of-upgrading',
		);
		expect(pageUrl('recommendations', 'cell-high-tech-diversified')).toBe(
			'/recommendations/#cell-high-tech-diversified',
		);
	});
	it('points data entries at their page or at anchors of a shared page', () => {
		expect(paperSectionUrl('theory')).toBe('/paper/#theory');
		expect(sourceUrl('marshall-1920')).toBe('/references/#marshall-1920');
		expect(glossaryUrl('sima')).toBe('/glossary/sima/');
	});
	it('keeps a search and its filters in the address', () => {
		expect(searchUrl()).toBe('/search/');
		expect(searchUrl('absorptive capacity')).toBe('/search/?q=absorptive+capacity');
		expect(searchUrl('GMP', { type: ['Concept', 'Lesson'] })).toBe('/search/?q=GMP&type=Concept&type=Lesson');
	});
});

describe('content links', () => {
	it('parses collection:id and collection:id#anchor', () => {
		expect(parseContentLink('concepts:joint-action')).toEqual({ scheme: 'concepts', id: 'joint-action' });
		expect(parseContentLink('cases:sialkot#the-turning-point')).toEqual({
			scheme: 'cases',
			id: 'sialkot',
			anchor: 'the-turning-point',
		});
	});
	it('leaves ordinary URLs and unknown schemes alone', () => {
		expect(parseContentLink('https://www.ilo.org/')).toBeUndefined();
		expect(parseContentLink('mailto:someone@example.org')).toBeUndefined();
		expect(parseContentLink('widgets:thing')).toBeUndefined();
	});
	it('rejects ids that are not slugs', () => {
		expect(parseContentLink('concepts:Joint_Action')).toBeUndefined();
	});
	it('resolves every scheme through the URL builder', () => {
		expect(contentLinkUrl({ scheme: 'recommendations', id: 'mne-linkages' })).toBe('/recommendations/mne-linkages/');
		expect(contentLinkUrl({ scheme: 'paper', id: 'sialkot' })).toBe('/paper/#sialkot');
		expect(contentLinkUrl({ scheme: 'sources', id: 'giuliani-2005' })).toBe('/references/#giuliani-2005');
		expect(contentLinkUrl({ scheme: 'glossary', id: 'smeda' })).toBe('/glossary/smeda/');
		expect(sourceFileOfUrl('/glossary/smeda/')).toBe('content/organizations/smeda.yaml');
	});
	it('maps an entry page back to its source file for error messages', () => {
		expect(sourceFileOfUrl('/cases/sialkot/')).toBe('content/cases/sialkot.mdx');
		expect(sourceFileOfUrl('/glossary/')).toBeUndefined();
	});
});

describe('the base path and absolute addresses', () => {
	it('puts paths under the base path the site is served under', () => {
		expect(withBase('/concepts/x/', '/skills/')).toBe('/skills/concepts/x/');
		expect(withBase('/', '/skills/')).toBe('/skills/');
		expect(withBase('/concepts/x/', '/')).toBe('/concepts/x/');
		expect(withoutBase('/skills/concepts/x/', '/skills/')).toBe('/concepts/x/');
		expect(withoutBase('/skills', '/skills/')).toBe('/');
		expect(withoutBase('/concepts/x/', '/skills/')).toBeUndefined();
		expect(normalizeBase('/skills')).toBe('/skills/');
		expect(normalizeBase(undefined)).toBe('/');
	});
	it('builds content links and assets under the base', () => {
		expect(contentLinkUrl({ scheme: 'concepts', id: 'joint-action', anchor: 'a' }, '/skills/')).toBe(
			'/skills/concepts/joint-action/#a',
		);
		expect(contentLinkUrl({ scheme: 'paper', id: 'theory' }, '/skills/')).toBe('/skills/paper/#theory');
		expect(assetUrl('theme-init.js')).toBe('/theme-init.js');
	});
	it('makes absolute addresses from the site address and the base, adding the base once', () => {
		expect(absoluteUrl('/concepts/x/', 'https://skills.example.net', '/')).toBe(
			'https://skills.example.net/concepts/x/',
		);
		expect(absoluteUrl('/concepts/x/', 'https://host.net', '/skills/')).toBe('https://host.net/skills/concepts/x/');
		expect(absoluteUrl('/skills/concepts/x/', 'https://host.net', '/skills/')).toBe(
			'https://host.net/skills/concepts/x/',
		);
		expect(absoluteUrl(entryUrl('concepts', 'x'), 'https://host.net')).toBe('https://host.net/concepts/x/');
	});
});
