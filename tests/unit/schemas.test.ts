import { describe, expect, it } from 'vitest';
import { conceptSchema } from '../../src/schemas/concept';
import { caseSchema } from '../../src/schemas/case-study';
import { recommendationSchema } from '../../src/schemas/recommendation';
import { lessonSchema } from '../../src/schemas/lesson';
import { sourceSchema } from '../../src/schemas/source';

const concept = {
	title: 'Joint action',
	summary: 'Cooperation between cluster firms to achieve what none could alone.',
	theme: 'foundations',
	sections: ['theory'],
};

describe('concept schema', () => {
	it('accepts a minimal concept and fills defaults', () => {
		const parsed = conceptSchema.parse(concept);
		expect(parsed.concepts).toEqual([]);
		expect(parsed.aliases).toEqual([]);
		expect(parsed.related).toEqual([]);
	});
	it('requires a summary that is one sentence', () => {
		expect(conceptSchema.safeParse({ ...concept, summary: 'No full stop at the end of this sentence' }).success).toBe(
			false,
		);
	});
	it('requires at least one paper section', () => {
		const result = conceptSchema.safeParse({ ...concept, sections: [] });
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain('name at least one paper section');
	});
	it('rejects ids that are not slugs, duplicates and unknown fields', () => {
		expect(conceptSchema.safeParse({ ...concept, concepts: ['Joint Action'] }).success).toBe(false);
		expect(conceptSchema.safeParse({ ...concept, concepts: ['a', 'a'] }).success).toBe(false);
		expect(conceptSchema.safeParse({ ...concept, colour: 'red' }).success).toBe(false);
	});
	it('rejects an unknown theme', () => {
		expect(conceptSchema.safeParse({ ...concept, theme: 'misc' }).success).toBe(false);
	});
});

describe('case, lesson, recommendation and source schemas', () => {
	const caseData = {
		title: 'Sialkot',
		summary: 'A cluster of surgical instrument makers in Pakistan.',
		sections: ['sialkot'],
		country: 'Pakistan',
		region: 'Punjab',
		sector: 'Surgical instruments',
		taxonomy: { industry: 'traditional-manufacturing', structure: 'subcontractor' },
		coordinates: { lat: 32.49, lon: 74.53 },
		timeline: [{ when: 1994, what: 'Something happened.' }],
		comparison: {
			turningPoint: 'A ban.',
			response: 'Training.',
			upgrading: ['process-upgrading'],
			upgradingNote: 'Process upgrading.',
			stateRole: 'Small.',
			associationsRole: 'Large.',
			socialOutcome: 'Mixed.',
		},
		order: 1,
	};
	it('accepts a complete case and rejects a wrong taxonomy or coordinates', () => {
		expect(caseSchema.safeParse(caseData).success).toBe(true);
		expect(
			caseSchema.safeParse({ ...caseData, taxonomy: { industry: 'services', structure: 'subcontractor' } }).success,
		).toBe(false);
		expect(caseSchema.safeParse({ ...caseData, coordinates: { lat: 132, lon: 0 } }).success).toBe(false);
		expect(caseSchema.safeParse({ ...caseData, timeline: [] }).success).toBe(false);
	});
	it('requires the case and order of a lesson', () => {
		const lesson = { title: 'A lesson', summary: 'A lesson sentence here.', sections: ['sialkot'] };
		expect(lessonSchema.safeParse(lesson).success).toBe(false);
		expect(lessonSchema.safeParse({ ...lesson, case: 'sialkot', order: 1 }).success).toBe(true);
	});
	it('requires cells and actors from the lists', () => {
		const rec = {
			title: 'A recommendation',
			summary: 'Do something useful for clusters.',
			sections: ['approaches'],
			group: 'approaches',
			order: 1,
			appliesTo: ['traditional-diversified'],
			actors: ['state'],
		};
		expect(recommendationSchema.safeParse(rec).success).toBe(true);
		expect(recommendationSchema.safeParse({ ...rec, actors: ['aliens'] }).success).toBe(false);
		expect(recommendationSchema.safeParse({ ...rec, appliesTo: [] }).success).toBe(false);
	});
	it('takes a year with an optional letter', () => {
		const source = {
			authors: ['McCormick'],
			year: '1999',
			usedFor: 'The African cases.',
			sections: ['african-clusters'],
		};
		expect(sourceSchema.safeParse(source).success).toBe(true);
		expect(sourceSchema.safeParse({ ...source, year: '1999a' }).success).toBe(true);
		expect(sourceSchema.safeParse({ ...source, year: 1999 }).success).toBe(false);
	});
});
