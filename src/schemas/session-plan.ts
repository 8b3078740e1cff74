import { z } from 'astro/zod';

/** The kinds of step a session is made of, as the facilitator's guide names them. */
export const sessionParts = [
	'introduction',
	'reading',
	'discussion',
	'break',
	'exercise',
	'report-back',
	'self-check',
	'close',
] as const;
export type SessionPart = (typeof sessionParts)[number];

/** The steps a plan cannot do without: a path is read, discussed, practised, reported on and checked. */
export const requiredSessionParts: readonly SessionPart[] = [
	'reading',
	'discussion',
	'exercise',
	'report-back',
	'self-check',
];

/**
 * The session plan of a path (`sessionPlan` in `content/paths/<id>.mdx`):
 * its steps in order, each timed, adding up to the path's `durationMinutes`
 * (checked by the path schema, which fails the build naming the file).
 * The facilitator's guide opens with it as a timetable.
 */
export const sessionPlanSchema = z
	.array(
		z
			.object({
				/** What kind of step it is. */
				part: z.enum(sessionParts),
				/** How long it takes, in whole minutes. */
				minutes: z.number().int().min(5).max(240),
				/**
				 * For reading only: `during` the session (the default), or `before` it,
				 * when participants come having read the units. Either way its minutes
				 * count in the path's duration, which includes reading time.
				 */
				when: z.enum(['before', 'during']).optional(),
				/** What happens in this step, addressed to the facilitator, as one sentence. */
				what: z
					.string()
					.min(10)
					.refine((s) => /[.!?]$/.test(s.trim()), { message: 'write a full sentence ending with a full stop' }),
			})
			.strict()
			.refine((step) => step.when === undefined || step.part === 'reading', {
				message: 'only a reading step says when it happens (before or during the session)',
				path: ['when'],
			}),
	)
	.min(5)
	.superRefine((steps, ctx) => {
		for (const part of requiredSessionParts) {
			if (!steps.some((s) => s.part === part))
				ctx.addIssue({ code: 'custom', message: `the plan has no ${part} step` });
		}
		// Reading done beforehand comes first in the timetable, so it is written first.
		const before = steps.findIndex((s) => s.when === 'before');
		if (before > 0 && steps.slice(0, before).some((s) => s.when !== 'before'))
			ctx.addIssue({ code: 'custom', message: 'reading done before the session is the first step of the plan' });
	});
export type SessionPlan = z.infer<typeof sessionPlanSchema>;

/** Why a plan does not fit its path's duration, or undefined when it adds up. */
export function planDurationProblem(plan: readonly { minutes: number }[], durationMinutes: number): string | undefined {
	const total = plan.reduce((sum, step) => sum + step.minutes, 0);
	if (total === durationMinutes) return undefined;
	return `the session plan adds up to ${total} minutes, but durationMinutes is ${durationMinutes}: make the steps add up to the duration`;
}

/** The reading time a plan may state in words ("about 40 minutes"): the path's, to the nearest five minutes. */
const statedReadingMinutes = (readingMinutes: number): number => Math.max(5, Math.round(readingMinutes / 5) * 5);

/**
 * Why a plan's reading does not fit its path's reading time (the sum of its
 * units', computed from their text at build time, so known only once every
 * entry is loaded): its reading steps must give the units at least that
 * time, and a number of minutes a reading step's sentence gives ("about 40
 * minutes", "environ 40 minutes") must be that time to the nearest five.
 */
export function planReadingProblems(
	plan: readonly { part: SessionPart; minutes: number; what: string }[],
	readingMinutes: number,
): string[] {
	const reading = plan.filter((step) => step.part === 'reading');
	const given = reading.reduce((sum, step) => sum + step.minutes, 0);
	const problems: string[] = [];
	if (given < readingMinutes)
		problems.push(
			`the session plan gives reading ${given} minutes, but the path's units take ${readingMinutes} minutes to read: give reading at least ${readingMinutes} minutes, or drop a unit`,
		);
	const stated = statedReadingMinutes(readingMinutes);
	for (const step of reading)
		for (const [, number] of step.what.matchAll(/(\d+)\s*min/g))
			if (Number(number) !== stated && Number(number) !== readingMinutes)
				problems.push(
					`a reading step says "${number} min…", but the path's units take ${readingMinutes} minutes to read: say about ${stated} minutes`,
				);
	return problems;
}
