import { describe, expect, it } from 'vitest';
import { facetsOf, type CaseFacts } from '../../src/lib/search/search-facets';

const sialkot: CaseFacts = {
	title: 'The Sialkot surgical instruments cluster',
	country: 'Pakistan',
	sector: 'Surgical instruments',
	taxonomy: { industry: 'traditional-manufacturing', structure: 'diversified' },
};
const africa: CaseFacts = {
	title: 'African clusters',
	country: 'Benin, Ghana and Kenya',
	sector: 'Metalwork',
	taxonomy: { industry: 'traditional-manufacturing', structure: 'subcontractor' },
};
const bangalore: CaseFacts = {
	title: 'Bangalore',
	country: 'India and Kenya',
	sector: 'Software',
	taxonomy: { industry: 'high-tech', structure: 'diversified' },
};

describe('facetsOf', () => {
	it('gives a recommendation the filters of every case behind it, its own cells and its actors, sorted', () => {
		expect(
			facetsOf({
				collection: 'recommendations',
				conceptTitles: ['upgrading', 'Joint action', 'upgrading'],
				cases: [sialkot, bangalore, africa],
				cells: ['high-tech-subcontractor', 'traditional-diversified'],
				actors: ['state', 'buyers'],
			}),
		).toEqual({
			type: ['Recommendation'],
			caseStudy: ['African clusters', 'Bangalore', 'The Sialkot surgical instruments cluster'],
			// "Benin, Ghana and Kenya" and "India and Kenya" are three and two countries; Kenya once.
			country: ['Benin', 'Ghana', 'India', 'Kenya', 'Pakistan'],
			sector: ['Metalwork', 'Software', 'Surgical instruments'],
			// The cells of the cases, and the recommendation's own, each once.
			clusterType: [
				'High-tech, diversified',
				'High-tech, subcontractor',
				'Traditional manufacturing, diversified',
				'Traditional manufacturing, subcontractor',
			],
			actor: ['Buyers', 'The state'],
			concept: ['Joint action', 'upgrading'],
		});
	});

	it('gives a lesson its case’s filters', () => {
		expect(facetsOf({ collection: 'lessons', conceptTitles: ['Joint action'], cases: [sialkot] })).toEqual({
			type: ['Lesson'],
			caseStudy: ['The Sialkot surgical instruments cluster'],
			country: ['Pakistan'],
			sector: ['Surgical instruments'],
			clusterType: ['Traditional manufacturing, diversified'],
			concept: ['Joint action'],
		});
	});

	it('leaves out the filters a page has no value for', () => {
		const facets = facetsOf({ collection: 'concepts', conceptTitles: ['Tacit knowledge'], cases: [] });
		expect(facets).toEqual({ type: ['Concept'], concept: ['Tacit knowledge'] });
		expect(Object.keys(facets)).toEqual(['type', 'concept']);
	});
});
