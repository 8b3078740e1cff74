/**
 * Over every page of the build: canonical address, description, Open Graph
 * and Twitter previews with a 1200×630 social card, `citation_*` tags, and
 * structured data (JSON-LD) of the right types. Then in Chromium: the "¶"
 * link of a paragraph and the citation copy buttons, with and without
 * JavaScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { htmlFiles, urlPathOf } from '../../src/integration/dist-files';
import { paperRecord } from '../../src/lib/citation/citation';

const dist = new URL('../../dist/', import.meta.url).pathname;
const site = 'https://skills-for-clusters.example.org';

interface Head {
	canonical: string[];
	meta: Map<string, string[]>;
	jsonLd: Record<string, unknown>[];
	refresh: boolean;
}

function readPage(file: string): Head {
	const head: Head = { canonical: [], meta: new Map(), jsonLd: [], refresh: false };
	visit(fromHtml(readFileSync(join(dist, file), 'utf8')), 'element', (node: Element) => {
		const p = node.properties;
		if (node.tagName === 'link' && Array.isArray(p.rel) && p.rel.includes('canonical'))
			head.canonical.push(String(p.href));
		if (node.tagName === 'meta') {
			// Redirect pages of renamed entries; every page also has a Content-Security-Policy http-equiv.
			if (String(p.httpEquiv).toLowerCase() === 'refresh') head.refresh = true;
			const name = (p.property ?? p.name) as string | undefined;
			if (name) head.meta.set(name, [...(head.meta.get(name) ?? []), String(p.content)]);
		}
		if (node.tagName === 'script' && p.type === 'application/ld+json') head.jsonLd.push(JSON.parse(toString(node)));
	});
	return head;
}

const pages = [...htmlFiles(dist)]
	.map((file) => ({ path: urlPathOf(file), ...readPage(file) }))
	.filter((p) => !p.refresh);
const one = (p: Head, name: string) => {
	const values = p.meta.get(name) ?? [];
	expect(values, `${name}`).toHaveLength(1);
	return values[0];
};
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const typesOf = (p: Head) => p.jsonLd.map((d) => d['@type']);

test('every page has its canonical address, description, previews and citation tags', () => {
	expect(pages.length).toBeGreaterThan(150);
	for (const page of pages) {
		const address = page.path === '/404.html' ? `${site}/404/` : `${site}${page.path}`;
		expect(page.canonical, page.path).toEqual([address]);
		expect(one(page, 'description').length, page.path).toBeGreaterThan(20);
		expect(one(page, 'og:url')).toBe(address);
		expect(one(page, 'og:title').length).toBeGreaterThan(2);
		expect(one(page, 'og:description')).toBe(one(page, 'description'));
		expect(one(page, 'og:site_name')).toBe('Skills for Industrial Clusters');
		expect(one(page, 'twitter:card')).toBe('summary_large_image');
		const image = one(page, 'og:image');
		expect(one(page, 'twitter:image')).toBe(image);
		expect(image.startsWith(`${site}/social/`), page.path).toBe(true);
		const png = join(dist, new URL(image).pathname);
		expect(existsSync(png), `${page.path}: ${png}`).toBe(true);
		expect(pngSize(readFileSync(png))).toEqual({ width: 1200, height: 630 });
		expect(one(page, 'citation_title').length).toBeGreaterThan(2);
	}
});

test('the paper page carries the paper’s record for reference managers', () => {
	const paper = pages.find((p) => p.path === '/paper/')!;
	expect(paper.meta.get('citation_title')).toEqual([paperRecord.title]);
	expect(paper.meta.get('citation_author')).toEqual(['Marchese, Marco', 'Sakamoto, Akiko']);
	expect(paper.meta.get('citation_publication_date')).toEqual(['2008']);
	expect(paper.meta.get('citation_publisher')).toEqual([paperRecord.publisher]);
	expect(paper.meta.get('citation_technical_report_number')).toEqual(['8']);
	expect(paper.meta.get('citation_isbn')).toEqual(['978-92-2-121279-9', '978-92-2-121280-5']);
	expect(paper.meta.get('citation_issn')).toEqual(['1999-2939', '1999-2947']);
	// Other pages describe themselves, not the paper.
	expect(pages.find((p) => p.path === '/concepts/joint-action/')!.meta.get('citation_title')).toEqual(['Joint action']);
});

test('structured data: a breadcrumb trail everywhere, and the right type for each kind of page', () => {
	for (const page of pages) {
		const trail = page.jsonLd.find((d) => d['@type'] === 'BreadcrumbList') as
			{ itemListElement: { position: number; item: string }[] } | undefined;
		expect(trail, page.path).toBeDefined();
		expect(trail!.itemListElement[0].item).toBe(`${site}/`);
		expect(trail!.itemListElement.map((i) => i.position)).toEqual(trail!.itemListElement.map((_, i) => i + 1));
		const kind = /^\/(concepts|cases|lessons|recommendations|paths)\/[a-z0-9-]+\/$/.exec(page.path)?.[1];
		if (kind === 'concepts') expect(typesOf(page), page.path).toContain('DefinedTerm');
		if (kind === 'cases' || kind === 'lessons' || kind === 'recommendations')
			expect(typesOf(page), page.path).toContain('Article');
		if (kind === 'paths') expect(typesOf(page), page.path).toContain('LearningResource');
		if (kind) expect(trail!.itemListElement.at(-1)!.item).toBe(`${site}${page.path}`);
	}
	const set = pages.find((p) => p.path === '/concepts/')!.jsonLd.find((d) => d['@type'] === 'DefinedTermSet') as {
		hasDefinedTerm: unknown[];
	};
	expect(set.hasDefinedTerm.length).toBe(pages.filter((p) => /^\/concepts\/[a-z0-9-]+\/$/.test(p.path)).length);
	const report = pages.find((p) => p.path === '/paper/')!.jsonLd.find((d) => d['@type'] === 'Report') as Record<
		string,
		unknown
	>;
	expect(report.name).toBe(paperRecord.title);
	expect(report.reportNumber).toBe('8');
	expect((report.author as { familyName: string }[]).map((a) => a.familyName)).toEqual(['Marchese', 'Sakamoto']);
	const term = pages
		.find((p) => p.path === '/concepts/joint-action/')!
		.jsonLd.find((d) => d['@type'] === 'DefinedTerm')!;
	expect((term.inDefinedTermSet as { '@id': string })['@id']).toBe((set as unknown as { '@id': string })['@id']);
});

test('robots.txt names the sitemap by its full address, and the paper’s record downloads as .bib and .ris', () => {
	const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
	const sitemap = /^Sitemap: (.+)$/m.exec(robots)?.[1];
	expect(sitemap).toBe(`${site}/sitemap-index.xml`);
	expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);

	const bib = parseBibtex(readFileSync(join(dist, 'paper/marchese-sakamoto-2008.bib'), 'utf8'));
	expect(bib.errors).toEqual([]);
	expect(bib.entries).toHaveLength(1);
	expect(bib.entries[0].fields.title).toBe(paperRecord.title);
	expect(bib.entries[0].fields.author).toEqual([
		{ lastName: 'Marchese', firstName: 'Marco' },
		{ lastName: 'Sakamoto', firstName: 'Akiko' },
	]);
	const ris = readFileSync(join(dist, 'paper/marchese-sakamoto-2008.ris'), 'utf8').split('\n');
	expect(ris[0]).toBe('TY  - RPRT');
	expect(ris).toContain(`TI  - ${paperRecord.title}`);
	expect(ris.filter((l) => l.startsWith('AU  - '))).toEqual(['AU  - Marchese, Marco', 'AU  - Sakamoto, Akiko']);
});

test.describe('in the browser', () => {
	test('every paragraph, list item and table of a page has an anchor, and "¶" copies its full address', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/concepts/joint-action/');
		const blocks = page.locator('.prose :is(p, li, table):not(figure *):not(li p)');
		const count = await blocks.count();
		expect(count).toBeGreaterThan(5);
		for (let i = 0; i < count; i++) {
			const id = await blocks.nth(i).getAttribute('id');
			expect(id, `block ${i}`).toMatch(/^(p|li|table)-[a-z0-9-]+$/);
			await expect(blocks.nth(i).locator(`a.block-anchor[href="#${id}"]`)).toHaveCount(1);
		}
		const first = blocks.first();
		const id = await first.getAttribute('id');
		await first.hover();
		await first.locator('a.block-anchor').click();
		await expect(page).toHaveURL(new RegExp(`#${id}$`));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}/concepts/joint-action/#${id}`);
		await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard');
	});

	test('"Cite this page" copies each format', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/cases/sialkot/');
		await page.getByText('Cite this page', { exact: true }).click();
		await page.getByRole('button', { name: 'Copy APA 7 citation of the page' }).click();
		const apa = await page.locator('#cite-page-apa').textContent();
		expect(apa).toContain(`${site}/cases/sialkot/`);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
		await page.getByText('Cite the paper', { exact: true }).click();
		await page.getByRole('button', { name: 'Copy BibTeX citation of the paper' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@techreport\{MarcheseSakamoto2008,/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the "¶" link is the address, and the citations are there to select', async ({ page }) => {
		await page.goto('/concepts/joint-action/');
		const link = page.locator('.prose p a.block-anchor').first();
		const href = await link.getAttribute('href');
		await link.focus();
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${href}$`));
		await expect(page.locator('button[data-copy-target]').first()).toBeHidden();
		await page.getByText('Cite this page', { exact: true }).click();
		await expect(page.locator('#cite-page-chicago')).toContainText('Accessed');
	});
});
