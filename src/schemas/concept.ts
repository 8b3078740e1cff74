import { z } from 'astro/zod';
import { entryBaseShape } from './entry';
import { entryIdList } from './ids';
import { searchTerms } from './search-terms';

/** The themes that group the A-Z of concepts (as the inventory groups them). */
export const conceptThemes = [
	'foundations',
	'upgrading-and-learning',
	'skills-in-cluster-development',
	'interventions-and-actors',
	'cluster-types-and-outcomes',
] as const;
export type ConceptTheme = (typeof conceptThemes)[number];

/** A concept of the paper: `content/concepts/<id>.mdx`, page `/concepts/<id>/`, also its tag page. */
export const conceptSchema = z
	.object({
		...entryBaseShape,
		/**
		 * Other names of the concept itself that the paper writes: its variants, spellings, plurals,
		 * abbreviations. Shown on its page as "Also known as", and searched. A name the paper does
		 * not write (a synonym from the field, another spelling) goes in `searchTerms`: the names
		 * check (`scripts/glossary-names.ts`) fails on it here.
		 */
		aliases: z.array(z.string().min(2)).default([]),
		/**
		 * Words a reader may type looking for the page that are not the paper's names for it:
		 * synonyms from the field ("talent drain"), related terms, examples, authors, the opposite
		 * ("brain gain"). Searched, never shown as a name.
		 */
		searchTerms,
		/** Closely related concepts (ids in `content/concepts/`), shown as "Related concepts". */
		related: entryIdList,
		/** The theme this concept belongs to in the A-Z. */
		theme: z.enum(conceptThemes),
	})
	.strict();
export type ConceptData = z.infer<typeof conceptSchema>;
