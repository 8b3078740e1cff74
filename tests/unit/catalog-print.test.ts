import { describe, expect, it } from 'vitest';
import { catalogColumns, catalogCsv } from '../../src/lib/content/catalog';
import { cssString, printLinkRules } from '../../src/lib/site/print-links';
import { catalogEntrySchema, catalogJsonSchema } from '../../src/schemas/catalog';
import type { CatalogEntry } from '../../src/schemas/catalog';

const entry: CatalogEntry = {
	id: 'joint-action',
	type: 'concept',
	title: 'Joint action, "active" cooperation',
	summary: 'Line one,\nline two.',
	url: 'https://example.org/concepts/joint-action/',
	language: 'en',
	concepts: ['collective-efficiency', 'upgrading'],
	sections: ['theory'],
	readingMinutes: 4,
};

describe('catalogCsv', () => {
	it('writes a header and quotes fields as RFC 4180 says', () => {
		const csv = catalogCsv([entry]);
		const [header, ...rest] = csv.split('\r\n');
		expect(header).toBe(catalogColumns.join(','));
		expect(rest.join('\r\n')).toBe(
			'joint-action,concept,"Joint action, ""active"" cooperation","Line one,\nline two.",https://example.org/concepts/joint-action/,en,collective-efficiency; upgrading,theory,4\r\n',
		);
	});
});

describe('catalog schema', () => {
	it('rejects an entry with a relative address or no section', () => {
		expect(catalogEntrySchema.safeParse(entry).success).toBe(true);
		expect(catalogEntrySchema.safeParse({ ...entry, url: '/concepts/joint-action/' }).success).toBe(false);
		expect(catalogEntrySchema.safeParse({ ...entry, sections: [] }).success).toBe(false);
	});

	it('is published as a JSON Schema with its own address', () => {
		const schema = catalogJsonSchema('https://example.org/catalog.schema.json') as {
			$id: string;
			properties: { entries: unknown };
		};
		expect(schema.$id).toBe('https://example.org/catalog.schema.json');
		expect(JSON.stringify(schema.properties.entries)).toContain('readingMinutes');
	});
});

describe('printLinkRules', () => {
	it('prints internal links with the site origin and external links as they are', () => {
		const css = printLinkRules('https://example.org/base/');
		expect(css).toContain('@media print');
		expect(css).toContain('a[href^="/"]');
		expect(css).toContain('"https://example.org" attr(href)');
		expect(css).toContain(':not(.heading-anchor)');
	});

	it('escapes CSS strings', () => {
		expect(cssString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
	});
});
