import { z } from 'astro/zod';
import { unitAnchorPattern } from './units';

/** A published paragraph address: a content page's path and an anchor, e.g. `/concepts/joint-action/#p-firms-that-work-together`. */
export const anchorAddress = z.string().regex(unitAnchorPattern, {
	message: 'keys are published anchors such as "/concepts/joint-action/#p-first-six-words-of-it"',
});

/**
 * content/anchor-moves.json: where a published paragraph anchor lands after
 * its paragraph was rewritten or removed. Each key is the old address
 * (page path and anchor), each value the id of the element on the same page
 * that now carries that text: a new paragraph anchor, or a section heading's
 * id. The page then keeps an empty element with the old id inside that
 * element, so old links land on it without JavaScript.
 */
export const anchorMovesSchema = z.strictObject({
	moves: z.record(
		anchorAddress,
		z.string().regex(/^[A-Za-z0-9_-]+$/, { message: 'values are element ids on the same page' }),
	),
});
