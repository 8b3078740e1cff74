/**
 * The session plan of a path as a timetable: each step with its clock time
 * from the start of the session, reading done beforehand apart (it has no
 * clock time). Used by the path page, whose plan opens the facilitator's guide.
 */
import type { SessionPart, SessionPlan } from '../../schemas/session-plan';

/** One row of the timetable. */
export interface TimetableRow {
	part: SessionPart;
	minutes: number;
	what: string;
	/** Minutes from the start of the session to the start and end of the step; absent for reading done beforehand. */
	clock?: { from: number; to: number };
}

/** The plan's steps in order, with clock times; steps done before the session take none and push nothing back. */
export function sessionTimetable(plan: SessionPlan): TimetableRow[] {
	let at = 0;
	return plan.map((step) => {
		const row: TimetableRow = { part: step.part, minutes: step.minutes, what: step.what };
		if (step.when !== 'before') {
			row.clock = { from: at, to: at + step.minutes };
			at += step.minutes;
		}
		return row;
	});
}

/** Minutes the session itself takes in the room: the plan without reading done beforehand. */
export function minutesInTheRoom(plan: SessionPlan): number {
	return plan.reduce((sum, step) => sum + (step.when === 'before' ? 0 : step.minutes), 0);
}
