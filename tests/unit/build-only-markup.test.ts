import { describe, expect, it } from 'vitest';
import { withoutBuildOnlyMarkup } from '../../src/integration/build-only-markup';
import { parseHtml } from '../../src/integration/dist-files';

const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A &amp; B</title><meta name="pagefind-filter-type" data-pagefind-filter="type[content]" content="Lesson"><link rel=stylesheet href='/a.css'><meta name="pagefind-filter-concept" data-pagefind-filter="concept[content]" content="Joint action"><meta name="description" content="Kept: “quoted” text"><meta name="search-term" data-search-term content="brain gain"></head><body><p data-pagefind-filter="x">A filter in the body stays: only the head's tags are cut.</p></body></html>`;

describe('markup only the build reads', () => {
	it('cuts the search filter and search term tags and leaves every other byte as it was', () => {
		const kept = withoutBuildOnlyMarkup(page, parseHtml(page));
		expect(kept).toBe(
			`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A &amp; B</title><link rel=stylesheet href='/a.css'><meta name="description" content="Kept: “quoted” text"></head><body><p data-pagefind-filter="x">A filter in the body stays: only the head's tags are cut.</p></body></html>`,
		);
	});
	it('leaves a page without them unchanged', () => {
		const plain = '<!DOCTYPE html><html><head><title>x</title></head><body><p>y</p></body></html>';
		expect(withoutBuildOnlyMarkup(plain, parseHtml(plain))).toBe(plain);
	});
});
