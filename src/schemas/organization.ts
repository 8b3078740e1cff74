import { z } from 'astro/zod';
import { searchTerms } from './search-terms';

/** Kinds of glossary entry, for grouping `/glossary/`. */
export const organizationKinds = [
	'business-association',
	'government-agency',
	'training-or-research-institution',
	'international-organization',
	'programme',
	'term',
] as const;

/**
 * An institution, programme or abbreviation the paper uses (`content/organizations/<id>.yaml`).
 * Feeds the glossary, `<abbr>` titles and search synonyms.
 */
export const organizationSchema = z
	.object({
		/** The abbreviation as the paper writes it, e.g. "SIMA"; absent when the paper uses none. */
		abbreviation: z.string().optional(),
		/** The full name, e.g. "Surgical Instruments Manufacturers Association". */
		name: z.string().min(2),
		/**
		 * `false` where the paper uses only the abbreviation and the site supplies
		 * the full name (EU, the Sinos Valley's associations): the entry's page
		 * then says so beside it. Absent where the paper gives the name.
		 */
		nameInPaper: z.literal(false).optional(),
		/** What kind of thing it is. */
		kind: z.enum(organizationKinds),
		/** The country it belongs to, when it belongs to one. */
		country: z.string().optional(),
		/** One or two sentences, in the site's own words, on its role as the paper describes it. */
		description: z.string().min(10),
		/**
		 * Other ways the paper itself writes it ("Surgical Instrument Manufacturer's Association"
		 * beside SIMA's name). Shown on its page as "Also written" and searched; in English each
		 * must be found in the paper (scripts/glossary-names.ts).
		 */
		aliases: z.array(z.string()).default([]),
		/**
		 * Names and spellings a reader may type that the paper does not write: a name in another
		 * language ("Vale dos Sinos"), a spelling without accents, a common form ("Britain").
		 * Searched, never shown, so that no page presents them as the paper's.
		 */
		searchTerms,
		/** Sections of the paper that mention it. */
		sections: z.array(z.string()).min(1),
	})
	.strict();
