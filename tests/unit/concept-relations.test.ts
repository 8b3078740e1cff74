/**
 * What a concept's page and a recommendation's page list, from a small site
 * of hand-made entries indexed by the real site index (no Astro: its content
 * module is replaced by an empty stand-in).
 */
import { describe, expect, it, vi } from 'vitest';
import { buildSiteIndex, type AnyEntry } from '../../src/lib/content/site-index';
import { conceptRelations, evidenceFor, type Site } from '../../src/lib/content/query';

vi.mock('astro:content', () => ({ getCollection: () => [], render: () => undefined }));

const refs = { concepts: [] as string[], sections: ['theory'], citedWorks: [], organizations: [], clusters: [] };
const concept = (id: string, data: { related?: string[]; concepts?: string[] } = {}) => ({
	collection: 'concepts',
	id,
	data: { ...refs, related: [], ...data },
});
const caseStudy = (id: string, data: { concepts?: string[] } = {}, body = '') => ({
	collection: 'cases',
	id,
	data: { ...refs, ...data },
	body,
});
const lesson = (id: string, data: { case: string; recommendations?: string[]; concepts?: string[] }) => ({
	collection: 'lessons',
	id,
	data: { ...refs, relatedLessons: [], recommendations: [], ...data },
});
const recommendation = (id: string, data: { cases?: string[]; concepts?: string[] } = {}) => ({
	collection: 'recommendations',
	id,
	data: { ...refs, cases: [], ...data },
});

/** A site of these entries, each collection in the order given (its reading order), indexed. */
function siteOf(entries: { collection: string; id: string }[]): Site {
	const of = (collection: string) => entries.filter((e) => e.collection === collection);
	const collections = ['concepts', 'cases', 'lessons', 'recommendations', 'paths', 'paperSections'];
	const index = buildSiteIndex([...entries, { collection: 'paperSections', id: 'theory', data: {} }] as AnyEntry[]);
	// Every reference of the hand-made entries resolves, as in a site that builds.
	expect(index.problems).toEqual([]);
	return {
		...Object.fromEntries(collections.map((c) => [c, of(c)])),
		byId: Object.fromEntries(collections.map((c) => [c, new Map(of(c).map((e) => [e.id, e]))])),
		index,
	} as unknown as Site;
}

const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('conceptRelations', () => {
	const site = siteOf([
		concept('clusters'),
		concept('joint-action', { related: ['upgrading'] }),
		concept('trust', { related: ['joint-action'] }),
		concept('upgrading'),
		concept('spillovers', { concepts: ['joint-action'] }),
		caseStudy('sialkot', { concepts: ['joint-action'] }),
		// Mentions the concept in its text only: not tagged with it.
		caseStudy('ludhiana', {}, 'See [joint action](concepts:joint-action).'),
		caseStudy('bangalore', { concepts: ['joint-action', 'upgrading'] }),
		lesson('sialkot-threat', { case: 'sialkot', concepts: ['joint-action'] }),
		lesson('sialkot-other', { case: 'sialkot', concepts: ['upgrading'] }),
		recommendation('buyer-linkages', { concepts: ['joint-action'] }),
	]);

	it('has the related concepts both ways, in reading order, never the concept itself', () => {
		// joint-action names upgrading; trust names joint-action.
		expect(ids(conceptRelations(site, 'joint-action').related)).toEqual(['trust', 'upgrading']);
		expect(ids(conceptRelations(site, 'upgrading').related)).toEqual(['joint-action']);
		expect(ids(conceptRelations(site, 'clusters').related)).toEqual([]);
	});

	it('lists the entries tagged with the concept, in reading order, not those that only link to it', () => {
		const relations = conceptRelations(site, 'joint-action');
		expect(ids(relations.cases)).toEqual(['sialkot', 'bangalore']);
		expect(ids(relations.lessons)).toEqual(['sialkot-threat']);
		expect(ids(relations.recommendations)).toEqual(['buyer-linkages']);
		expect(ids(relations.concepts)).toEqual(['spillovers']);
		expect(ids(conceptRelations(site, 'upgrading').cases)).toEqual(['bangalore']);
	});
});

describe('evidenceFor', () => {
	const site = siteOf([
		caseStudy('sialkot'),
		caseStudy('ludhiana'),
		caseStudy('bangalore'),
		caseStudy('nairobi'),
		lesson('bangalore-skills', { case: 'bangalore', recommendations: ['mne-linkages'] }),
		lesson('sialkot-threat', { case: 'sialkot', recommendations: ['mne-linkages', 'buyer-linkages'] }),
		lesson('ludhiana-markets', { case: 'ludhiana', recommendations: ['buyer-linkages'] }),
		recommendation('mne-linkages', { cases: ['nairobi', 'sialkot'] }),
		recommendation('buyer-linkages'),
		recommendation('unsupported'),
	]);

	it('gives the lessons that support a recommendation, and the cases behind it and them, in reading order', () => {
		const evidence = evidenceFor(site, 'mne-linkages');
		expect(ids(evidence.lessons)).toEqual(['bangalore-skills', 'sialkot-threat']);
		// Its own cases (nairobi, sialkot) and its lessons' (bangalore, sialkot), once each.
		expect(ids(evidence.cases)).toEqual(['sialkot', 'bangalore', 'nairobi']);
	});

	it('takes the cases from the lessons alone when the recommendation names none', () => {
		const evidence = evidenceFor(site, 'buyer-linkages');
		expect(ids(evidence.lessons)).toEqual(['sialkot-threat', 'ludhiana-markets']);
		expect(ids(evidence.cases)).toEqual(['sialkot', 'ludhiana']);
	});

	it('is empty for a recommendation no lesson or case supports', () => {
		expect(evidenceFor(site, 'unsupported')).toEqual({ lessons: [], cases: [] });
	});
});
