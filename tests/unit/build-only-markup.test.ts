import { describe, expect, it } from 'vitest';
import { withoutBuildOnlyMarkup } from '../../src/integration/build-only-markup';
import { parseHtml } from '../../src/integration/dist-files';

const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A &amp; B</title><meta name="pagefind-filter-type" data-pagefind-filter="type[content]" content="Lesson"><link rel=stylesheet href='/a.css'><meta name="pagefind-filter-concept" data-pagefind-filter="concept[content]" content="Joint action"><meta name="description" content="Kept: “quoted” text"><meta name="search-term" data-search-term content="brain gain"></head><body><main data-pagefind-body><h1 data-pagefind-weight="10" class="t">Title</h1><a class="block-anchor" href="#p" data-pagefind-ignore>¶</a><p data-pagefind-filter="x">A filter in the body is a tag that stays, without its attribute.</p><p data-pagefind-ignore="all"	id="q">Attributes on other lines<span
data-pagefind-ignore>too</span></p></main></body></html>`;

describe('markup only the build reads', () => {
	it("cuts the search filter and search term tags and Pagefind's attributes, and leaves every other byte as it was", () => {
		const kept = withoutBuildOnlyMarkup(page, parseHtml(page));
		expect(kept).toBe(
			`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A &amp; B</title><link rel=stylesheet href='/a.css'><meta name="description" content="Kept: “quoted” text"></head><body><main><h1 class="t">Title</h1><a class="block-anchor" href="#p">¶</a><p>A filter in the body is a tag that stays, without its attribute.</p><p\tid="q">Attributes on other lines<span>too</span></p></main></body></html>`,
		);
	});
	it('leaves a page without them unchanged', () => {
		const plain = '<!DOCTYPE html><html><head><title>x</title></head><body><p>y</p></body></html>';
		expect(withoutBuildOnlyMarkup(plain, parseHtml(plain))).toBe(plain);
	});
});
