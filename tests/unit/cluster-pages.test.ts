import { describe, expect, it } from 'vitest';
import { clusterPagesCell, type ClusterPlaces } from '../../src/lib/content/cluster-pages';

const caseStudy = { href: '/cases/sialkot/', title: 'The Sialkot surgical instruments cluster' };
const mentions = [
	{ href: '/concepts/joint-action/', title: 'Joint action' },
	{ href: '/cases/sialkot/', title: 'The Sialkot surgical instruments cluster' },
];
const sections = [{ href: '/paper/#sialkot', title: 'Sialkot' }];

describe('clusterPagesCell', () => {
	const everything: ClusterPlaces = { caseStudy, mentions, sections };

	it('on the map, shows only the case study of a cluster that has one', () => {
		expect(clusterPagesCell(everything, { caseStudyFirst: true })).toEqual({ kind: 'caseStudy', links: [caseStudy] });
	});

	it('in the listing, shows every page that cites the cluster, its case study among them', () => {
		expect(clusterPagesCell(everything, { caseStudyFirst: false })).toEqual({ kind: 'mentionedOn', links: mentions });
	});

	it('without a case study, shows the pages that cite the cluster, in their order', () => {
		for (const caseStudyFirst of [true, false]) {
			expect(clusterPagesCell({ mentions, sections }, { caseStudyFirst })).toEqual({
				kind: 'mentionedOn',
				links: mentions,
			});
		}
	});

	it('falls back to the paper sections when no page cites the cluster', () => {
		for (const caseStudyFirst of [true, false]) {
			expect(clusterPagesCell({ mentions: [], sections }, { caseStudyFirst })).toEqual({
				kind: 'paperSections',
				links: sections,
			});
		}
	});

	it('on the map, a case study wins even when no page cites the cluster', () => {
		expect(clusterPagesCell({ caseStudy, mentions: [], sections }, { caseStudyFirst: true })).toEqual({
			kind: 'caseStudy',
			links: [caseStudy],
		});
	});
});
