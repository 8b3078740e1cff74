import { describe, expect, it } from 'vitest';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { quickIndex, quickSearch, termNormalizer, type QuickDoc } from '../../src/lib/search/quick-find';

const doc = (over: Partial<QuickDoc> & Pick<QuickDoc, 'url' | 'title'>): QuickDoc => ({
	type: 'Concept',
	aliases: '',
	searchTerms: '',
	summary: '',
	headings: [],
	terms: [],
	glossary: false,
	rankFilters: {},
	...over,
});

const docs: QuickDoc[] = [
	doc({
		url: '/concepts/absorptive-capacity/',
		title: 'Absorptive capacity',
		aliases: 'learning capacity',
		searchTerms: 'Cohen and Levinthal',
		summary: 'A cluster’s ability to take in and use outside knowledge.',
		headings: [
			{ id: 'why', text: 'Why it matters' },
			{ id: 'gatekeepers', text: 'Technological gatekeepers' },
		],
	}),
	doc({
		url: '/cases/sialkot/',
		type: 'Case study',
		title: 'Sialkot surgical instruments',
		summary: 'An FDA ban forced the cluster to learn quality management, building its capacity.',
	}),
	doc({
		url: '/glossary/fda/',
		type: 'Glossary',
		title: 'FDA: Food and Drug Administration',
		summary: 'The United States agency whose ban hit Sialkot.',
		glossary: true,
		rankFilters: { abbreviation: 'FDA' },
	}),
	doc({
		url: '/concepts/',
		type: 'Page',
		title: 'Concepts',
		summary: 'Absorptive capacity, joint action…',
		rankFilters: { listing: 'true' },
	}),
];
const index = quickIndex(docs, termNormalizer(english));
const urls = (query: string, typing = false) => quickSearch(index, query, { typing })?.map((hit) => hit.url);

describe('quick find', () => {
	it('ranks the page named by the query first, above the listing that repeats its name', () => {
		expect(urls('absorptive capacity')?.[0]).toBe('/concepts/absorptive-capacity/');
		expect(urls('absorptive capacity')).toContain('/concepts/');
	});
	it('finds a page by a word it answers to that is not one of its names, and never shows that word as a name', () => {
		const hits = quickSearch(index, 'Levinthal', {});
		expect(hits?.map((hit) => hit.url)).toEqual(['/concepts/absorptive-capacity/']);
		// The hit's other names (shown as "Also known as:" when the excerpt opens with them) are its names only.
		expect(hits?.[0].aliases).toBe('learning capacity');
		expect(hits?.[0].excerpt).not.toContain('Levinthal');
	});
	it('matches other names and word forms (stems)', () => {
		// "learning capacities": the other name "learning capacity"; Sialkot's summary, "learn … capacity".
		expect(urls('learning capacities')).toEqual(['/concepts/absorptive-capacity/', '/cases/sialkot/']);
	});
	it('needs every word: a word no outline holds leaves the answer to the full text', () => {
		expect(urls('absorptive zeppelin')).toBeUndefined();
		expect(urls('')).toBeUndefined();
	});
	it('matches the words an unfinished last word begins, only while typing', () => {
		expect(urls('absorp', true)?.[0]).toBe('/concepts/absorptive-capacity/');
		expect(urls('absorp')).toBeUndefined();
	});
	it('puts an abbreviation’s glossary entry behind the story, unless the abbreviation is the whole query', () => {
		expect(urls('FDA ban')?.[0]).toBe('/cases/sialkot/');
		expect(urls('FDA')?.[0]).toBe('/glossary/fda/');
	});
	it('marks the matched words in the excerpt and links the sections whose heading matches', () => {
		const [hit] = quickSearch(index, 'gatekeepers knowledge')!;
		expect(hit!.excerpt).toBe('A cluster’s ability to take in and use outside <mark>knowledge</mark>.');
		expect(hit!.sections).toEqual([
			{ title: 'Technological gatekeepers', url: '/concepts/absorptive-capacity/#gatekeepers' },
		]);
		const [sialkot] = quickSearch(index, 'quality management')!;
		expect(sialkot!.excerpt).toContain('<mark>quality</mark> <mark>management</mark>');
	});
	it('starts the excerpt at the other names when only they match', () => {
		const [hit] = quickSearch(index, 'learning')!;
		expect(hit!.excerpt.startsWith('<mark>learning</mark> capacity. A cluster’s')).toBe(true);
	});
	it('folds accents after stemming, so a query typed without them still matches', () => {
		const fr = quickIndex([doc({ url: '/fr/concepts/x/', title: 'Efficacité collective' })], termNormalizer(french));
		expect(quickSearch(fr, 'efficacité collective')?.map((h) => h.url)).toEqual(['/fr/concepts/x/']);
		expect(quickSearch(fr, 'EFFICACITÉ')?.length).toBe(1);
	});
});
