import { describe, expect, it } from 'vitest';
import {
	collectionNames,
	collectionOfScheme,
	collections,
	filePatternOf,
	folderOf,
	referenceFields,
	type CollectionSpec,
} from '../../src/lib/content/collections';
import { unitCollections, unitPagePattern } from '../../src/schemas/units';
import { collectionLabel } from '../../src/i18n/labels';
import { contentLinkUrl, entryAddress, entryUrl, sitePages, sourceFileOfUrl } from '../../src/lib/site/urls';

describe('the collection registry', () => {
	it('states the three names of the glossary collection in one place', () => {
		expect(folderOf('organizations')).toBe('organizations');
		expect(collectionOfScheme('glossary')).toBe('organizations');
		expect(collections.organizations.page.path).toBe(sitePages.glossary);
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
	it('derives URLs, source files and loader patterns from the entry of each collection', () => {
		for (const c of collectionNames) {
			const spec: CollectionSpec = collections[c];
			if (spec.kind === 'page' || spec.kind === 'entry-page') {
				const url = contentLinkUrl({ scheme: spec.scheme as 'concepts', id: 'some-id' });
				expect(url).toBe(`${spec.page!.path}some-id/`);
				expect(sourceFileOfUrl(url)).toBe(`content/${spec.folder}/some-id.${spec.format}`);
			}
			if (spec.kind === 'anchor')
				expect(contentLinkUrl({ scheme: spec.scheme as 'paper', id: 'x' })).toBe(`${spec.page!.path}#x`);
			expect(filePatternOf(c)).toBe(spec.format === 'mdx' ? '*.{md,mdx}' : '*.{yaml,yml,json}');
		}
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
