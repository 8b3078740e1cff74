import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/content/catalog';
import type { Site } from '../../src/lib/content/query';

/** An entry as the catalogue reads it: id, collection, and the data it copies. */
const entry = (collection: string, id: string, concepts: string[] = []) => ({
	collection,
	id,
	data: { title: `Title of ${id}`, summary: `Summary of ${id}.`, concepts, sections: ['theory'] },
});

/** A site of one entry per unit collection, listed here out of reading order. */
const site = {
	paths: [entry('paths', 'basics')],
	recommendations: [entry('recommendations', 'mne-linkages', ['upgrading'])],
	lessons: [entry('lessons', 'sialkot-threat')],
	cases: [entry('cases', 'sialkot', ['joint-action', 'upgrading'])],
	concepts: [entry('concepts', 'joint-action'), entry('concepts', 'upgrading')],
	readingMinutes: new Map([
		['concepts/joint-action', 4],
		['cases/sialkot', 12],
		['paths/basics', 40],
	]),
} as unknown as Site;

describe('buildCatalog', () => {
	const catalog = buildCatalog(site, 'https://example.org');

	it('lists every unit in reading order: concepts, cases, lessons, recommendations, paths', () => {
		expect(catalog.entries.map((e) => [e.type, e.id])).toEqual([
			['concept', 'joint-action'],
			['concept', 'upgrading'],
			['case', 'sialkot'],
			['lesson', 'sialkot-threat'],
			['recommendation', 'mne-linkages'],
			['path', 'basics'],
		]);
	});

	it('gives each unit its absolute address on the site, and the site’s address', () => {
		expect(catalog.site).toBe('https://example.org/');
		expect(catalog.entries.map((e) => e.url)).toEqual([
			'https://example.org/concepts/joint-action/',
			'https://example.org/concepts/upgrading/',
			'https://example.org/cases/sialkot/',
			'https://example.org/lessons/sialkot-threat/',
			'https://example.org/recommendations/mne-linkages/',
			'https://example.org/paths/basics/',
		]);
	});

	it("copies title, summary, concepts and sections, names the edition's language, and takes the reading time computed for the unit", () => {
		expect(catalog.entries[2]).toEqual({
			id: 'sialkot',
			type: 'case',
			title: 'Title of sialkot',
			summary: 'Summary of sialkot.',
			url: 'https://example.org/cases/sialkot/',
			language: 'en',
			concepts: ['joint-action', 'upgrading'],
			sections: ['theory'],
			readingMinutes: 12,
		});
		expect(catalog.entries.map((e) => e.readingMinutes)).toEqual([4, 1, 12, 1, 1, 40]);
	});
});
