import { z } from 'astro/zod';
import { entryBaseShape } from './entry';
import { entryIdList } from './ids';
import { planDurationProblem, sessionPlanSchema } from './session-plan';
import { unitRefPattern, type UnitCollection } from './units';

/**
 * A unit of a path, written like a content link: `concepts:industrial-cluster`,
 * `cases:sialkot`, `lessons:sialkot-threat-creates-demand`,
 * `recommendations:mne-linkages`. Whether the entry exists is checked by
 * `buildSiteIndex`, which fails the build naming the path file.
 */
export const unitRef = z.string().regex(unitRefPattern, {
	message: 'a unit is written as collection:id, e.g. "concepts:industrial-cluster" or "cases:sialkot"',
});

/** A sentence ending with a full stop or question mark. */
const sentence = (min: number) =>
	z
		.string()
		.min(min)
		.refine((s) => /[.?!]$/.test(s.trim()), {
			message: 'write a full sentence ending with a full stop or question mark',
		});

/** Paper section ids a statement is traced to (ids in `content/paper-sections/`). At least one. */
const tracedTo = entryIdList.refine((ids) => ids.length > 0, { message: 'trace it to at least one paper section' });

/** One step of the sequence: a unit page and why the path includes it at this point. */
export const pathStepSchema = z
	.object({
		/** The unit, as `collection:id`. Its reading time is computed from its text at build time. */
		unit: unitRef,
		/** Why it is here, in one or two sentences a facilitator can say aloud. */
		why: sentence(20),
	})
	.strict();

/** A point a good answer to the exercise makes, with the paper sections that support it. */
export const answerPointSchema = z
	.object({
		point: sentence(15),
		sections: tracedTo,
	})
	.strict();

/** The path's exercise, built on the cases. */
export const exerciseSchema = z
	.object({
		/** A short name for the exercise. */
		title: z.string().min(5),
		/** What participants do, addressed to them. */
		task: sentence(40),
		/** The units participants work from (`collection:id`); at least one case or lesson. */
		material: z
			.array(unitRef)
			.min(1)
			.refine((refs) => refs.some((r) => r.startsWith('cases:') || r.startsWith('lessons:')), {
				message: 'an exercise is built on the cases: list at least one case or lesson as material',
			}),
		/** How to run it: grouping, what to watch for (the timing is the session plan). Facilitator's guide only. */
		facilitatorNotes: z.array(sentence(20)).min(1),
		/** The points a good answer makes, each traced to the paper. Facilitator's guide only. */
		goodAnswer: z.array(answerPointSchema).min(2),
	})
	.strict();

/** A self-check question; the answer opens on request (`<details>`). */
export const selfCheckSchema = z
	.object({
		question: sentence(10),
		answer: sentence(10),
		sections: tracedTo,
	})
	.strict();

/**
 * A learning path: `content/paths/<id>.mdx`, page `/paths/<id>/`. A module
 * a trainer can run as it is: who it is for, how long it takes, what
 * participants can do afterwards, the units to read in order, questions,
 * an exercise on the cases and a self-check. The MDX body is the
 * introduction a facilitator reads out or hands out.
 */
export const pathSchema = z
	.object({
		...entryBaseShape,
		/** Who it is for, e.g. "Staff of business associations new to cluster policy." */
		audience: sentence(15),
		/** What participants should know or have done first; empty when nothing is needed. */
		prerequisites: z.array(sentence(10)).default([]),
		/** How long a session takes, in minutes, reading time included (at least half an hour). */
		durationMinutes: z
			.number()
			.int()
			.min(30)
			.max(60 * 16),
		/** The session step by step, timed; the steps add up to `durationMinutes`. */
		sessionPlan: sessionPlanSchema,
		/** Three to five things a participant can do afterwards, each starting with a verb. */
		objectives: z.array(sentence(15)).min(3).max(5),
		/** The units in reading order. A unit appears once. */
		units: z
			.array(pathStepSchema)
			.min(3)
			.refine((steps) => new Set(steps.map((s) => s.unit)).size === steps.length, {
				message: 'the same unit is listed twice in the sequence',
			}),
		/** Discussion questions, at least five. */
		questions: z.array(sentence(15)).min(5),
		exercise: exerciseSchema,
		/** A short self-check, three questions or more. */
		selfCheck: z.array(selfCheckSchema).min(3),
		/** Order of the path on `/paths/` (1 = first). */
		order: z.number().int().min(1),
	})
	.strict()
	.superRefine((path, ctx) => {
		// A plan that does not fill the stated time (or overruns it) would leave the trainer to find the gap in the room.
		const problem = planDurationProblem(path.sessionPlan, path.durationMinutes);
		if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['sessionPlan'] });
	});
export type PathData = z.infer<typeof pathSchema>;

/** Splits a unit reference into collection and id. */
export function parseUnitRef(ref: string): { collection: UnitCollection; id: string } {
	const [, collection, id] = unitRefPattern.exec(ref) ?? [];
	if (!collection || !id)
		throw new Error(`not a unit reference: "${ref}" (write collection:id, e.g. "concepts:joint-action")`);
	return { collection: collection as UnitCollection, id };
}
