import { describe, expect, it } from 'vitest';
import { pathSchema } from '../../src/schemas/path';
import { buildSiteIndex, formatProblems, pathMemberships, type AnyEntry } from '../../src/lib/content/site-index';

const sentence = (s: string) => `${s} for the purpose of this test.`;
const validPath = {
	title: 'A path',
	summary: 'A learning path used by the tests of the schema.',
	audience: 'Trainers who run the tests.',
	durationMinutes: 90,
	sessionPlan: [
		{ part: 'reading', minutes: 20, when: 'before', what: 'Participants read the units at home.' },
		{ part: 'discussion', minutes: 20, what: 'Talk through the questions.' },
		{ part: 'exercise', minutes: 25, what: 'Groups compare the two cases.' },
		{ part: 'report-back', minutes: 15, what: 'Each group reports what it found.' },
		{ part: 'self-check', minutes: 10, what: 'Participants answer the self-check.' },
	],
	order: 1,
	objectives: [sentence('Explain one'), sentence('Explain two'), sentence('Explain three')],
	units: [
		{ unit: 'concepts:alpha', why: 'It is the first unit of the path.' },
		{ unit: 'cases:sialkot', why: 'It is the case the exercise uses.' },
		{ unit: 'lessons:sialkot-lesson', why: 'It draws the lesson from the case.' },
	],
	questions: [1, 2, 3, 4, 5].map((n) => `What is question number ${n}?`),
	exercise: {
		title: 'An exercise',
		task: 'Compare the two cases in groups and report back what you find to the room.',
		material: ['cases:sialkot'],
		facilitatorNotes: ['Give groups twenty minutes for the task.'],
		goodAnswer: [
			{ point: 'It names the first point.', sections: ['sialkot'] },
			{ point: 'It names the second point.', sections: ['theory'] },
		],
	},
	selfCheck: [1, 2, 3].map((n) => ({
		question: `Self-check question ${n}?`,
		answer: `The answer to ${n}.`,
		sections: ['theory'],
	})),
	sections: ['theory'],
};

describe('path schema', () => {
	it('accepts a complete path', () => {
		expect(pathSchema.safeParse(validPath).success).toBe(true);
	});

	it.each([
		[
			'a unit not written as collection:id',
			{ units: [{ unit: 'alpha', why: 'It is the first unit of the path.' }, ...validPath.units.slice(1)] },
			'collection:id',
		],
		[
			'a unit from a collection without pages',
			{
				units: [
					{ unit: 'sources:marshall-1920', why: 'It is the first unit of the path.' },
					...validPath.units.slice(1),
				],
			},
			'collection:id',
		],
		['the same unit twice', { units: [...validPath.units, validPath.units[0]] }, 'listed twice'],
		['two objectives', { objectives: validPath.objectives.slice(0, 2) }, 'objectives'],
		['six objectives', { objectives: [...validPath.objectives, ...validPath.objectives] }, 'objectives'],
		['four questions', { questions: validPath.questions.slice(0, 4) }, 'questions'],
		[
			'an exercise not built on a case',
			{ exercise: { ...validPath.exercise, material: ['concepts:alpha'] } },
			'built on the cases',
		],
		[
			'an answer point traced to no section',
			{
				exercise: {
					...validPath.exercise,
					goodAnswer: [{ point: 'It names a point.', sections: [] }, validPath.exercise.goodAnswer[1]],
				},
			},
			'trace it',
		],
		['a typed reading time', { readingMinutes: 12 }, 'readingMinutes'],
		[
			'a session plan that does not add up to the duration',
			{ durationMinutes: 120 },
			'the session plan adds up to 90 minutes, but durationMinutes is 120',
		],
		['a session plan with no self-check', { sessionPlan: validPath.sessionPlan.slice(0, 4) }, 'no self-check step'],
		[
			'a step other than reading that says when it happens',
			{ sessionPlan: [{ ...validPath.sessionPlan[1], when: 'before' }, ...validPath.sessionPlan.slice(1)] },
			'only a reading step',
		],
		[
			'reading done beforehand after the session has begun',
			{ sessionPlan: [...validPath.sessionPlan.slice(1), validPath.sessionPlan[0]] },
			'first step of the plan',
		],
	])('rejects %s', (_name, change, message) => {
		const result = pathSchema.safeParse({ ...validPath, ...change });
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain(message);
	});
});

const entry = (collection: string, id: string, data: Record<string, unknown> = {}): AnyEntry =>
	({
		collection,
		id,
		filePath: `content/${collection}/${id}.mdx`,
		data: { concepts: [], sections: [], citedWorks: [], ...data },
	}) as unknown as AnyEntry;

const site = [
	entry('paperSections', 'theory'),
	entry('paperSections', 'sialkot'),
	entry('concepts', 'alpha', { related: [] }),
	entry('cases', 'sialkot', { comparison: { upgrading: [] } }),
	entry('lessons', 'sialkot-lesson', { case: 'sialkot' }),
];

describe('paths in the site index', () => {
	it('links a path to its units, material and sections', () => {
		const index = buildSiteIndex([...site, entry('paths', 'a-path', validPath)]);
		expect(index.problems).toEqual([]);
		expect(index.backlinks.get('concepts/alpha')).toContain('paths/a-path');
		expect(index.backlinks.get('paperSections/sialkot')).toContain('paths/a-path');
	});

	it('reports an unknown unit with the path file and the reason', () => {
		const broken = {
			...validPath,
			units: [...validPath.units, { unit: 'concepts:alpah-two', why: 'It is a unit that does not exist.' }],
		};
		const index = buildSiteIndex([...site, entry('paths', 'a-path', broken)]);
		const message = formatProblems(index.problems);
		expect(message).toContain('content/paths/a-path.mdx');
		expect(message).toContain('units: unknown concept "alpah-two"');
	});

	it('reports unknown exercise material and unknown answer sections', () => {
		const broken = {
			...validPath,
			exercise: {
				...validPath.exercise,
				material: ['cases:ludhiana'],
				goodAnswer: [{ point: 'A point.', sections: ['nowhere'] }],
			},
		};
		const message = formatProblems(buildSiteIndex([...site, entry('paths', 'a-path', broken)]).problems);
		expect(message).toContain('exercise.material: unknown case study "ludhiana"');
		expect(message).toContain('exercise.goodAnswer.sections: unknown paper section "nowhere"');
	});

	it('gives each unit its place, previous and next in every path it belongs to', () => {
		const memberships = pathMemberships([
			{ id: 'one', data: { units: validPath.units } },
			{ id: 'two', data: { units: [validPath.units[1], validPath.units[0]] } },
		]);
		expect(memberships.get('cases/sialkot')).toEqual([
			{ path: 'one', position: 2, count: 3, previous: 'concepts/alpha', next: 'lessons/sialkot-lesson' },
			{ path: 'two', position: 1, count: 2, next: 'concepts/alpha' },
		]);
		expect(memberships.get('lessons/sialkot-lesson')).toEqual([
			{ path: 'one', position: 3, count: 3, previous: 'cases/sialkot' },
		]);
		expect(memberships.has('concepts/beta')).toBe(false);
	});
});
