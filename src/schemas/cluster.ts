import { z } from 'astro/zod';
import { coordinatesSchema } from './case-study';
import { taxonomySchema } from './taxonomy';

/** A cluster the paper names (`content/clusters/<id>.yaml`), for the world map and cross-links. */
export const clusterSchema = z
	.object({
		/** The cluster's name, e.g. "Sialkot surgical instruments". */
		name: z.string().min(2),
		/** Other names or spellings, e.g. the paper's "Zinawi" and "Zewani". */
		aliases: z.array(z.string()).default([]),
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
