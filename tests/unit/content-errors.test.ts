/**
 * The messages of bad content that the fixture builds no longer show one
 * by one (a build shows once that each stage's check stops it: see
 * tests/build/bad-input.test.ts): here called without a build.
 */
import { describe, expect, it } from 'vitest';
import { clusterSchema } from '../../src/schemas/cluster';
import { buildSiteIndex, formatProblems, type AnyEntry } from '../../src/lib/content/site-index';

const cluster = {
	name: 'Fixture Valley pottery',
	country: 'Chile',
	place: 'Fixture Valley',
	sector: 'Pottery',
	coordinates: { lat: -33.45, lon: -70.66 },
	description: 'A fixture cluster added by the test.',
	sections: ['theory'],
};

describe('a cluster', () => {
	it('needs coordinates, and the message names the field', () => {
		expect(clusterSchema.safeParse(cluster).success).toBe(true);
		const { coordinates: _dropped, ...withoutCoordinates } = cluster;
		const issues = clusterSchema.safeParse(withoutCoordinates).error?.issues ?? [];
		expect(issues.map((i) => i.path.join('.'))).toEqual(['coordinates']);
	});
});

describe('a chart', () => {
	it('naming a case that does not exist is reported with its file and the closest case', () => {
		const entries = [
			{ collection: 'paperSections', id: 'sialkot', data: {} },
			{ collection: 'cases', id: 'sialkot', data: { concepts: [], sections: ['sialkot'] } },
			{
				collection: 'charts',
				id: 'fixture-enrolment',
				filePath: 'content/charts/fixture-enrolment.yaml',
				data: { cases: ['sialkott'], sections: ['sialkot'] },
			},
		] as unknown as AnyEntry[];
		const message = formatProblems(buildSiteIndex(entries).problems);
		expect(message).toContain('content/charts/fixture-enrolment.yaml');
		expect(message).toContain('cases: unknown case study "sialkott" (did you mean "sialkot"?)');
	});
});
