import { z } from 'astro/zod';
import { coordinatesSchema } from './case-study';
import { taxonomySchema } from './taxonomy';
import { searchTerms } from './search-terms';

/** A cluster the paper names (`content/clusters/<id>.yaml`), for the world map and cross-links. */
export const clusterSchema = z
	.object({
		/** The cluster's name, e.g. "Sialkot surgical instruments". */
		name: z.string().min(2),
		/**
		 * Other names or spellings the paper itself uses, e.g. "Zinawi" and "Zewani". Shown beside the
		 * cluster's name and searched; in English each must be found in the paper (scripts/glossary-names.ts).
		 */
		aliases: z.array(z.string()).default([]),
		/**
		 * Names a reader may type that the paper does not write ("Bengaluru", "Vale dos Sinos").
		 * Searched, never shown, so that no page presents them as the paper's.
		 */
		searchTerms,
		country: z.string().min(2),
		/** Town, valley or region. */
		place: z.string().min(2),
		sector: z.string().min(2),
		/** Its Table 1 cell, only where the paper gives or clearly implies one. */
		taxonomy: taxonomySchema.optional(),
		/** Approximate location of the place (decimal degrees). */
		coordinates: coordinatesSchema,
		/** The case study it belongs to, when it is one of the five (id in `content/cases/`). */
		case: z.string().optional(),
		/** One sentence, in the site's own words, on what the paper says of it. */
		description: z.string().min(10),
		/** Sections of the paper that mention it. */
		sections: z.array(z.string()).min(1),
	})
	.strict();
