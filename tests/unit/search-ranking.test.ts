import { describe, expect, it } from 'vitest';
import { abbreviationEntryWeight, exactTitleBoost, rankScore, rerank } from '../../src/lib/search/search-ranking';

const page = (url: string, score: number, filters: Record<string, string[]> = {}) => ({ url, score, filters });

describe('search ranking', () => {
	it('puts the topic page above an abbreviation’s glossary entry that Pagefind scored higher', () => {
		// Pagefind's own order for "FDA ban": the short glossary entry first.
		const results = [
			page('/glossary/fda/', 14.8, { abbreviation: ['FDA'] }),
			page('/concepts/international-standards/', 11.8),
			page('/cases/sialkot/', 7.0),
		];
		expect(rerank(results, 'FDA ban').map((r) => r.url)).toEqual([
			'/concepts/international-standards/',
			'/cases/sialkot/',
			'/glossary/fda/',
		]);
	});
	it('keeps the glossary entry first when the query is its abbreviation', () => {
		const results = [page('/glossary/sv/', 17.6, { abbreviation: ['SV'] }), page('/cases/sinos-valley/', 17.2)];
		expect(rerank(results, 'SV').map((r) => r.url)).toEqual(['/glossary/sv/', '/cases/sinos-valley/']);
		expect(rerank(results, ' sv ').map((r) => r.url)).toEqual(['/glossary/sv/', '/cases/sinos-valley/']);
		expect(rerank(results, 'Sinos Valley').map((r) => r.url)).toEqual(['/cases/sinos-valley/', '/glossary/sv/']);
		expect(rankScore(results[0], 'Sinos Valley')).toBeCloseTo(17.6 * abbreviationEntryWeight);
	});
	it('ranks a listing below the entries it lists, and leaves other pages in Pagefind’s order', () => {
		const results = [
			page('/glossary/', 7.1, { listing: ['yes'] }),
			page('/cases/sialkot/', 7.0),
			page('/lessons/x/', 6.5),
			page('/concepts/y/', 6.5),
		];
		expect(rerank(results, 'FDA ban').map((r) => r.url)).toEqual([
			'/cases/sialkot/',
			'/lessons/x/',
			'/concepts/y/',
			'/glossary/',
		]);
	});
	it('puts first the page titled as the query, word for word, whatever its case and punctuation', () => {
		// The broader concept matches every word too (its search words hold the phrase), and scored higher.
		const results = [
			{ ...page('/fr/concepts/upgrading/', 9.1), title: 'Montée en gamme' },
			{ ...page('/fr/concepts/product-upgrading/', 8.2), title: 'Montée en gamme des produits' },
		];
		expect(rerank(results, 'montée en gamme des produits').map((r) => r.url)).toEqual([
			'/fr/concepts/product-upgrading/',
			'/fr/concepts/upgrading/',
		]);
		expect(rerank(results, 'Montée en gamme').map((r) => r.url)).toEqual([
			'/fr/concepts/upgrading/',
			'/fr/concepts/product-upgrading/',
		]);
		// Only the whole title: a query that holds a title and more words leaves the order as scored.
		expect(rerank(results, 'montée en gamme des produits textiles').map((r) => r.url)).toEqual([
			'/fr/concepts/upgrading/',
			'/fr/concepts/product-upgrading/',
		]);
		expect(rankScore(results[1], 'MONTÉE EN GAMME DES PRODUITS')).toBeCloseTo(8.2 * exactTitleBoost);
	});
});
