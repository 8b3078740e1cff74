/**
 * What the concept map picks out when a reader points at, focuses or taps a
 * box (`src/client/concept-map.ts` applies it): the box's neighbours, and
 * the lines that join them to it, drawn over the faded web. Pure: the
 * relations and the centres of the boxes come in, ids and a path go out.
 */
import { round1 } from './svg-geometry';

/** A concept's neighbours by kind of line (the keys are whatever names the boxes: here their links). */
export interface Neighbours {
	related: readonly string[];
	shared: readonly string[];
}

/** The concepts to pick out with `focal`: its related concepts, and those it is often tagged with when those lines are shown. */
export function neighboursShown(near: Neighbours | undefined, withShared: boolean): string[] {
	if (!near) return [];
	return withShared ? [...near.related, ...near.shared] : [...near.related];
}

/** One straight segment from the focal box's centre to each neighbour's, as an SVG path (empty when there is none). */
export function focusPath(
	centres: ReadonlyMap<string, { x: number; y: number }>,
	focal: string,
	neighbours: readonly string[],
): string {
	const from = centres.get(focal);
	if (!from) return '';
	return neighbours
		.flatMap((id) => {
			const to = centres.get(id);
			return to ? [`M${round1(from.x)} ${round1(from.y)}L${round1(to.x)} ${round1(to.y)}`] : [];
		})
		.join('');
}
