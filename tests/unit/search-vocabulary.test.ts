import { describe, expect, it } from 'vitest';
import { indexedText } from '../../src/integration/search-vocabulary';
import { vocabularyOf } from '../../src/lib/search/spelling';

describe('the spelling vocabulary', () => {
	it('holds the words Pagefind indexes: the page body, without ignored parts', () => {
		const html = `<html><head><title>Not indexed</title></head><body><nav>Menu</nav>
<article data-pagefind-body><h1>Ludhiana knitwear</h1><p>A factory &amp; its internet orders.</p>
<div data-pagefind-ignore><p>Related pages</p></div><script>ignored()</script></article><footer>Footer</footer></body></html>`;
		const vocabulary = vocabularyOf(indexedText(html));
		expect(vocabulary).toEqual(
			expect.arrayContaining(['ludhiana', 'knitwear', 'factory', 'its', 'internet', 'orders']),
		);
		for (const absent of ['not', 'indexed', 'menu', 'related', 'pages', 'ignored', 'footer'])
			expect(vocabulary).not.toContain(absent);
	});
});
