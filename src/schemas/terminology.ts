import { z } from 'astro/zod';
import { entryId } from './ids.ts';

/**
 * A language's terminology table (`content/<language>/terminology.yaml`):
 * the word every page of the edition uses for an English term, stated once.
 * Search takes a concept's term and other names as synonyms of its page.
 */
export const terminologySchema = z.array(
	z
		.object({
			/** The English term, as the English pages write it. */
			en: z.string().min(2),
			/** The term every page of the edition uses. */
			term: z.string().min(2),
			/** The concept page the term names (an id in `content/concepts/`), when it has one. */
			concept: entryId.optional(),
			/**
			 * Other names of the term in the language: renderings of the paper's names, shown on the
			 * concept's page as its other names, and searched. A rendering of a name the paper does not
			 * write goes in the concept's `searchTerms`; the names check (`scripts/glossary-names.ts`)
			 * fails on a name listed in both.
			 */
			aliases: z.array(z.string().min(1)).default([]),
			/** Why the term was chosen, for translators. */
			note: z.string().optional(),
		})
		.strict(),
);
export type Terminology = z.infer<typeof terminologySchema>;
