import { describe, expect, it } from 'vitest';
import {
	collectionNames,
	collectionOfScheme,
	collections,
	filePatternOf,
	folderOf,
	ownPageCollections,
	referenceFields,
	type CollectionSpec,
	type LinkScheme,
} from '../../src/lib/content/collections';
import { unitCollections, unitPagePattern } from '../../src/schemas/units';
import { collectionLabel } from '../../src/i18n/labels';
import { contentLinkUrl, entryAddress, entryUrl, sourceFileOfUrl } from '../../src/lib/site/urls';

describe('the collection registry', () => {
	it('states the three names of the glossary collection in one place', () => {
		expect(folderOf('organizations')).toBe('organizations');
		expect(collectionOfScheme('glossary')).toBe('organizations');
		expect(collections.organizations.page.path).toBe('/glossary/');
		expect(entryUrl('organizations', 'sima')).toBe('/glossary/sima/');
	});
	it('gives every collection a folder, a label and at most one link scheme', () => {
		const schemes = collectionNames.flatMap((c) =>
			(collections[c] as CollectionSpec).scheme ? [(collections[c] as CollectionSpec).scheme] : [],
		);
		expect(new Set(schemes).size).toBe(schemes.length);
		for (const c of collectionNames) expect(collectionLabel[c].one.length).toBeGreaterThan(0);
	});
	it('derives which frontmatter field points where, each field to one collection', () => {
		expect(referenceFields.related).toBe('concepts');
		expect(referenceFields.sections).toBe('paperSections');
		expect(referenceFields.case).toBe('cases');
		const fields = collectionNames.flatMap((c) => collections[c].referencedBy);
		expect(new Set(fields).size).toBe(fields.length);
	});
	it('gives each collection with pages of its own the address and source file a writer expects', () => {
		const expected: [LinkScheme, string, string][] = [
			['concepts', '/concepts/some-id/', 'content/concepts/some-id.mdx'],
			['cases', '/cases/some-id/', 'content/cases/some-id.mdx'],
			['lessons', '/lessons/some-id/', 'content/lessons/some-id.mdx'],
			['recommendations', '/recommendations/some-id/', 'content/recommendations/some-id.mdx'],
			['paths', '/paths/some-id/', 'content/paths/some-id.mdx'],
			['glossary', '/glossary/some-id/', 'content/organizations/some-id.yaml'],
		];
		for (const [scheme, url, file] of expected) {
			expect(contentLinkUrl({ scheme, id: 'some-id' }), scheme).toBe(url);
			expect(sourceFileOfUrl(url), url).toBe(file);
		}
		expect(ownPageCollections).toHaveLength(expected.length);
		expect(sourceFileOfUrl('/concepts/')).toBeUndefined();
		expect(sourceFileOfUrl('/paper/')).toBeUndefined();
	});
	it('puts the entries of shared pages at anchors of those pages', () => {
		expect(contentLinkUrl({ scheme: 'paper', id: 'x' })).toBe('/paper/#x');
		expect(contentLinkUrl({ scheme: 'sources', id: 'x' })).toBe('/references/#x');
		expect(contentLinkUrl({ scheme: 'charts', id: 'x' })).toBe('/charts/#x');
	});
	it('reads Markdown collections from .md and .mdx files, data collections from YAML or JSON', () => {
		expect(filePatternOf('concepts')).toBe('*.{md,mdx}');
		expect(filePatternOf('paths')).toBe('*.{md,mdx}');
		expect(filePatternOf('organizations')).toBe('*.{yaml,yml,json}');
		expect(filePatternOf('paperSections')).toBe('*.{yaml,yml,json}');
		expect(filePatternOf('clusters')).toBe('*.{yaml,yml,json}');
	});
	it('names where an entry is, for messages: its page, its anchor, or nothing for data', () => {
		expect(entryAddress('organizations', 'sima')).toBe('/glossary/sima/');
		expect(entryAddress('sources', 'marshall-1920')).toBe('/references/#marshall-1920');
		expect(entryAddress('clusters', 'sialkot-surgical-instruments')).toBeUndefined();
	});
	it('gives the unit collections the folder and address segment the unit patterns assume', () => {
		for (const unit of unitCollections) {
			expect(folderOf(unit)).toBe(unit);
			expect(unitPagePattern.test(entryUrl(unit, 'some-id'))).toBe(true);
		}
		expect(unitPagePattern.test(entryUrl('paths', 'some-id'))).toBe(false);
	});
});
