import { describe, expect, it } from 'vitest';
import { outlineOf, quickDocOf } from '../../src/integration/quick-index';

const page = `<html><head><meta name="search-term" data-search-term content="learning from outside"><meta name="search-term" data-search-term content="Cohen, Levinthal"></head><body><header>Site</header><main><article data-pagefind-body data-pagefind-meta="type:Concept" data-entry="concepts/x">
<header><p class="kicker" data-pagefind-ignore>Concept</p><h1 data-pagefind-weight="10">Absorptive capacity</h1>
<p class="aliases">Also known as: <span data-pagefind-weight="8">learning capacity, AC</span></p>
<p class="lead" data-pagefind-weight="5">A cluster&#39;s ability to take in &amp; use outside knowledge, as <a href="/glossary/sima/">SIMA</a> did.</p></header>
<div class="prose"><p>Body text that the outline leaves out.</p>
<h2 id="why-it-matters">Why it <em>matters</em><a class="heading-anchor" href="#why-it-matters" data-pagefind-ignore>#</a></h2>
<h3 id="gatekeepers">Gatekeepers<a class="heading-anchor" href="#gatekeepers">#</a></h3><h4 id="deep">Too deep</h4></div>
<div class="relations" data-pagefind-ignore><h2 id="related-concepts">Related concepts</h2></div>
</article></main></body></html>`;

describe('quick-find outlines', () => {
	it('reads title, other names, summary and h2/h3 headings from a built page', () => {
		expect(outlineOf('/concepts/absorptive-capacity/', page)).toEqual({
			url: '/concepts/absorptive-capacity/',
			type: 'Concept',
			title: 'Absorptive capacity',
			aliases: 'learning capacity, AC',
			searchTerms: ['learning from outside', 'Cohen, Levinthal'],
			summary: "A cluster's ability to take in & use outside knowledge, as SIMA did.",
			headings: [
				{ level: 2, id: 'why-it-matters', text: 'Why it matters' },
				{ level: 3, id: 'gatekeepers', text: 'Gatekeepers' },
			],
			terms: ['SIMA'],
			rankFilters: {},
		});
	});
	it('reads the page as an HTML parser does, whatever the attribute quoting and order', () => {
		const html = `<article data-pagefind-meta='type:Lesson' data-pagefind-body><h1 class=title>A &amp; B</h1><p class='lead'>Lead</p><h2 id=x>X</h2></article>`;
		expect(outlineOf('/lessons/a/', html)).toEqual({
			url: '/lessons/a/',
			type: 'Lesson',
			title: 'A & B',
			aliases: '',
			searchTerms: [],
			summary: 'Lead',
			headings: [{ level: 2, id: 'x', text: 'X' }],
			terms: [],
			rankFilters: {},
		});
	});
	it('keeps the glossary terms a page links to when the site lives under a base path', () => {
		const underBase = page.replace('href="/glossary/sima/"', 'href="/skills/glossary/sima/"');
		expect(outlineOf('/concepts/absorptive-capacity/', underBase, '/skills/')?.terms).toEqual(['SIMA']);
		// A link to the glossary's list is no term, with or without the base.
		const toList = page.replace('href="/glossary/sima/"', 'href="/skills/glossary/"');
		expect(outlineOf('/concepts/absorptive-capacity/', toList, '/skills/')?.terms).toEqual([]);
	});
	it('skips pages that are not in the search index', () => {
		expect(outlineOf('/search/', '<html><body><article><h1>Search</h1></article></body></html>')).toBeUndefined();
	});
	it('holds the outline for quick find, with the base path and whether it is the glossary', () => {
		const doc = quickDocOf(outlineOf('/concepts/absorptive-capacity/', page)!, '/skills/');
		expect(doc).toMatchObject({
			url: '/skills/concepts/absorptive-capacity/',
			glossary: false,
			terms: ['SIMA'],
			aliases: 'learning capacity, AC',
			searchTerms: 'learning from outside, Cohen, Levinthal',
		});
		expect(doc.headings).toEqual([
			{ id: 'why-it-matters', text: 'Why it matters' },
			{ id: 'gatekeepers', text: 'Gatekeepers' },
		]);
		expect(JSON.stringify(doc)).not.toContain('Body text');
		expect(JSON.stringify(doc)).not.toContain('Related concepts');
	});
	it("carries a glossary entry's ranking filters over", () => {
		const entry = `<html><head><meta data-pagefind-filter="abbreviation[content]" content="SV"></head><body>
<article data-pagefind-body data-pagefind-meta="type:Glossary"><h1 data-pagefind-weight="6">SV: Sinos Valley</h1>
<p class="aliases">Also written: <span data-pagefind-weight="4">Sinos</span></p>
<p class="lead" data-pagefind-weight="0.5">The paper&#39;s shorthand for the valley.</p></article></body></html>`;
		const doc = quickDocOf(outlineOf('/glossary/sv/', entry)!);
		expect(doc).toMatchObject({ glossary: true, rankFilters: { abbreviation: 'SV' }, aliases: 'Sinos' });
	});
});
