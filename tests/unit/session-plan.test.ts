/**
 * Session plans: the timetable the path page and the facilitator's guide
 * show, and the check that a plan fills its path's duration (the schema
 * runs it on every path file: see the rejections in tests/unit/paths.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
	planDurationProblem,
	planReadingProblems,
	sessionPlanSchema,
	type SessionPlan,
} from '../../src/schemas/session-plan';
import { pathSchema } from '../../src/schemas/path';
import { minutesInTheRoom, sessionTimetable } from '../../src/lib/teaching/session-plan';
import { formatClockSpan } from '../../src/i18n/labels';
import { projectRoot } from '../helpers/fixture-site';

const plan: SessionPlan = [
	{ part: 'reading', minutes: 30, when: 'before', what: 'Participants read the units at home.' },
	{ part: 'introduction', minutes: 10, what: 'Introduce the module.' },
	{ part: 'discussion', minutes: 40, what: 'Talk through the questions.' },
	{ part: 'exercise', minutes: 45, what: 'Groups compare the two cases.' },
	{ part: 'report-back', minutes: 20, what: 'Each group reports what it found.' },
	{ part: 'self-check', minutes: 15, what: 'Participants answer the self-check.' },
];

describe('a session plan', () => {
	it('is a timetable from the start of the session, reading done beforehand taking no clock time', () => {
		expect(sessionPlanSchema.parse(plan)).toEqual(plan);
		const rows = sessionTimetable(plan);
		expect(rows.map((r) => r.clock)).toEqual([
			undefined,
			{ from: 0, to: 10 },
			{ from: 10, to: 50 },
			{ from: 50, to: 95 },
			{ from: 95, to: 115 },
			{ from: 115, to: 130 },
		]);
		expect(formatClockSpan(95, 115)).toBe('1:35–1:55');
		expect(minutesInTheRoom(plan)).toBe(130);
	});

	it('must add up to the duration, and says by how much it does not', () => {
		expect(planDurationProblem(plan, 160)).toBeUndefined();
		expect(planDurationProblem(plan, 180)).toBe(
			'the session plan adds up to 160 minutes, but durationMinutes is 180: make the steps add up to the duration',
		);
	});

	it("gives reading at least the path's reading time, and states that time to the nearest five minutes", () => {
		const reading = (minutes: number, what: string): SessionPlan => [
			{ part: 'reading', minutes, what },
			...plan.slice(1),
		];
		expect(planReadingProblems(reading(35, 'Participants read the units, about 30 minutes at the pace.'), 28)).toEqual(
			[],
		);
		expect(planReadingProblems(reading(35, 'Les participants lisent les unités, environ 35 minutes.'), 33)).toEqual([]);
		expect(planReadingProblems(reading(35, 'Participants read the units in order.'), 35)).toEqual([]);
		expect(planReadingProblems(reading(35, 'Participants read the units, about 30 minutes at the pace.'), 37)).toEqual([
			"the session plan gives reading 35 minutes, but the path's units take 37 minutes to read: give reading at least 37 minutes, or drop a unit",
			'a reading step says "30 min…", but the path\'s units take 37 minutes to read: say about 35 minutes',
		]);
	});

	it('of every path adds up to its duration and has every required step', () => {
		const dir = join(projectRoot, 'content', 'paths');
		const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
		expect(files.length).toBeGreaterThanOrEqual(5);
		for (const file of files) {
			const [, frontmatter] = readFileSync(join(dir, file), 'utf8').split(/^---$/m);
			const result = pathSchema.safeParse(load(frontmatter));
			expect(result.error?.issues ?? [], file).toEqual([]);
		}
	});
});
