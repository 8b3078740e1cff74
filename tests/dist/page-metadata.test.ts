/**
 * Gate over every page of the build: canonical address, description, Open
 * Graph previews (X reads them too) with a 1200×630 social card, `citation_*` tags,
 * and structured data (JSON-LD) of the right type for each kind of page; and
 * the paper's record for reference managers (tags, .bib and .ris files).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { paperRecord } from '../../src/lib/citation/citation';
import { builtPages, distDir } from '../helpers/dist';

const site = 'https://skills-for-clusters.example.org';

interface Head {
	path: string;
	canonical: string[];
	meta: Map<string, string[]>;
	jsonLd: Record<string, unknown>[];
}

/** The head of every page but the redirect pages of renamed entries (every page also has a CSP http-equiv). */
const pages: Head[] = builtPages()
	.filter(({ tree }) => !selectAll('meta[http-equiv]', tree).some((m) => String(m.properties.httpEquiv).toLowerCase() === 'refresh'))
	.map(({ path, tree }) => {
		const meta = new Map<string, string[]>();
		for (const m of selectAll('meta[name], meta[property]', tree)) {
			const name = String(m.properties.property ?? m.properties.name);
			meta.set(name, [...(meta.get(name) ?? []), String(m.properties.content)]);
		}
		return {
			path,
			canonical: selectAll('link[rel~="canonical"]', tree).map((l) => String(l.properties.href)),
			meta,
			jsonLd: selectAll('script[type="application/ld+json"]', tree).map((s) => JSON.parse(toString(s))),
		};
	});
const page = (path: string) => pages.find((p) => p.path === path)!;
const one = (p: Head, name: string) => {
	const values = p.meta.get(name) ?? [];
	expect(values, `${p.path}: ${name}`).toHaveLength(1);
	return values[0];
};
/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const typesOf = (p: Head) => p.jsonLd.map((d) => d['@type']);

describe('every page', () => {
	it('has its canonical address, description, previews and citation tags', () => {
		expect(pages.length).toBeGreaterThan(150);
		for (const p of pages) {
			const address = p.path === '/404.html' ? `${site}/404/` : `${site}${p.path}`;
			expect(p.canonical, p.path).toEqual([address]);
			expect(one(p, 'description').length, p.path).toBeGreaterThan(20);
			expect(one(p, 'og:url')).toBe(address);
			expect(one(p, 'og:title').length).toBeGreaterThan(2);
			expect(one(p, 'og:description')).toBe(one(p, 'description'));
			expect(one(p, 'og:site_name')).toBe('Skills for Industrial Clusters');
			expect(one(p, 'twitter:card')).toBe('summary_large_image');
			const image = one(p, 'og:image');
			// X falls back on the Open Graph tags: its own would repeat them on every page.
			expect([...p.meta.keys()].filter((name) => name.startsWith('twitter:'))).toEqual(['twitter:card']);
			expect(image.startsWith(`${site}/social/`), p.path).toBe(true);
			const png = join(distDir, new URL(image).pathname);
			expect(existsSync(png), `${p.path}: ${png}`).toBe(true);
			expect(pngSize(readFileSync(png))).toEqual({ width: 1200, height: 630 });
			expect(one(p, 'citation_title').length).toBeGreaterThan(2);
		}
	});

	it('has a breadcrumb trail, and the structured data of its kind', () => {
		for (const p of pages) {
			const trail = p.jsonLd.find((d) => d['@type'] === 'BreadcrumbList') as
				| { itemListElement: { position: number; item: string }[] }
				| undefined;
			expect(trail, p.path).toBeDefined();
			expect(trail!.itemListElement[0].item).toBe(`${site}/`);
			expect(trail!.itemListElement.map((i) => i.position)).toEqual(trail!.itemListElement.map((_, i) => i + 1));
			const kind = /^\/(concepts|cases|lessons|recommendations|paths)\/[a-z0-9-]+\/$/.exec(p.path)?.[1];
			if (kind === 'concepts') expect(typesOf(p), p.path).toContain('DefinedTerm');
			if (kind === 'cases' || kind === 'lessons' || kind === 'recommendations')
				expect(typesOf(p), p.path).toContain('Article');
			if (kind === 'paths') expect(typesOf(p), p.path).toContain('LearningResource');
			if (kind) expect(trail!.itemListElement.at(-1)!.item).toBe(`${site}${p.path}`);
		}
		const set = page('/concepts/').jsonLd.find((d) => d['@type'] === 'DefinedTermSet') as {
			'@id': string;
			hasDefinedTerm: unknown[];
		};
		expect(set.hasDefinedTerm.length).toBe(pages.filter((p) => /^\/concepts\/[a-z0-9-]+\/$/.test(p.path)).length);
		const term = page('/concepts/joint-action/').jsonLd.find((d) => d['@type'] === 'DefinedTerm')!;
		expect((term.inDefinedTermSet as { '@id': string })['@id']).toBe(set['@id']);
	});
});

describe('the paper’s record', () => {
	it('is in the tags and structured data of the paper page; other pages describe themselves', () => {
		const paper = page('/paper/');
		expect(paper.meta.get('citation_title')).toEqual([paperRecord.title]);
		expect(paper.meta.get('citation_author')).toEqual(['Marchese, Marco', 'Sakamoto, Akiko']);
		expect(paper.meta.get('citation_publication_date')).toEqual(['2008']);
		expect(paper.meta.get('citation_publisher')).toEqual([paperRecord.publisher]);
		expect(paper.meta.get('citation_technical_report_number')).toEqual(['8']);
		expect(paper.meta.get('citation_isbn')).toEqual(['978-92-2-121279-9', '978-92-2-121280-5']);
		expect(paper.meta.get('citation_issn')).toEqual(['1999-2939', '1999-2947']);
		const report = paper.jsonLd.find((d) => d['@type'] === 'Report') as Record<string, unknown>;
		expect(report.name).toBe(paperRecord.title);
		expect(report.reportNumber).toBe('8');
		expect((report.author as { familyName: string }[]).map((a) => a.familyName)).toEqual(['Marchese', 'Sakamoto']);
		expect(page('/concepts/joint-action/').meta.get('citation_title')).toEqual(['Joint action']);
	});

	it('downloads as .bib and .ris; robots.txt names the sitemap by its full address', () => {
		const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8').split('\n');
		expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
		expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(true);

		const bib = parseBibtex(readFileSync(join(distDir, 'paper/marchese-sakamoto-2008.bib'), 'utf8'));
		expect(bib.errors).toEqual([]);
		expect(bib.entries).toHaveLength(1);
		expect(bib.entries[0].fields.title).toBe(paperRecord.title);
		expect(bib.entries[0].fields.author).toEqual([
			{ lastName: 'Marchese', firstName: 'Marco' },
			{ lastName: 'Sakamoto', firstName: 'Akiko' },
		]);
		const ris = readFileSync(join(distDir, 'paper/marchese-sakamoto-2008.ris'), 'utf8').split('\n');
		expect(ris[0]).toBe('TY  - RPRT');
		expect(ris).toContain(`TI  - ${paperRecord.title}`);
		expect(ris.filter((l) => l.startsWith('AU  - '))).toEqual(['AU  - Marchese, Marco', 'AU  - Sakamoto, Akiko']);
	});
});
