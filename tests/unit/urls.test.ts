import { describe, expect, it } from 'vitest';
import {
	contentLinkUrl,
	entryUrl,
	glossaryUrl,
	pageUrl,
	paperSectionUrl,
	parseContentLink,
	searchUrl,
	sourceFileOfUrl,
	sourceUrl,
} from '../../src/lib/urls';

describe('entry and page URLs', () => {
	it('puts an entry under its collection, with a trailing slash', () => {
		expect(entryUrl('concepts', 'joint-action')).toBe('/concepts/joint-action/');
		expect(entryUrl('lessons', 'sialkot-threat-creates-demand')).toBe('/lessons/sialkot-threat-creates-demand/');
	});
	it('adds an anchor when given one', () => {
		expect(entryUrl('concepts', 'upgrading', 'three-kinds-of-upgrading')).toBe('/concepts/upgrading/#three-kinds-of-upgrading');
		expect(pageUrl('recommendations', 'cell-high-tech-diversified')).toBe('/recommendations/#cell-high-tech-diversified');
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
