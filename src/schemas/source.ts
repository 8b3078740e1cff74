import { z } from 'astro/zod';

/**
 * A work the paper cites (`content/sources/<id>.yaml`). The text of the
 * paper the site works from has no reference list (shared/paper/README.md),
 * so a source is known by author and year only.
 */
export const sourceSchema = z
	.object({
		/** Author names as the paper gives them, e.g. ["Nadvi", "Schmitz"]; an institution counts as an author ("ILO"). */
		authors: z.array(z.string().min(2)).min(1),
		/** True when the paper writes "et al." after the names given. */
		etAl: z.boolean().default(false),
		/** Year as the paper gives it, with a letter where it has one ("1999a"). */
		year: z.string().regex(/^\d{4}[a-z]?$/),
		/** A title, only where the paper itself names the work (it mostly does not). */
		title: z.string().optional(),
		/** What the paper uses the work for, in one sentence of the site's own words. */
		usedFor: z.string().min(10),
		/** Sections of the paper that cite it. */
		sections: z.array(z.string()).min(1),
		/** A slip in the paper's spelling of the citation, e.g. 'The paper writes "Padersen".' */
		note: z.string().optional(),
	})
	.strict();
