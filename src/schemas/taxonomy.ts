import { z } from 'astro/zod';

/**
 * The two dimensions of the paper's Table 1 (section `cluster-diversity`):
 * the macro-industry and the internal structure of a cluster.
 */
export const industries = ['traditional-manufacturing', 'high-tech'] as const;
export const structures = ['diversified', 'subcontractor'] as const;

/**
 * A cell of Table 1. The high-tech / subcontractor cell exists in the table
 * but the paper gives it no case and no recommendations.
 */
export const taxonomyCells = [
	'traditional-diversified',
	'traditional-subcontractor',
	'high-tech-diversified',
	'high-tech-subcontractor',
] as const;
export type TaxonomyCell = (typeof taxonomyCells)[number];

export const taxonomyCell = z.enum(taxonomyCells);

/** Where a cluster sits in Table 1. */
export const taxonomySchema = z
	.object({
		/** Traditional manufacturing or high-tech. */
		industry: z.enum(industries),
		/** Diversified (strong intra-cluster collaboration) or subcontractor (tied to large, often external, firms). */
		structure: z.enum(structures),
	})
	.strict();
export type Taxonomy = z.infer<typeof taxonomySchema>;

/** The actors a recommendation addresses, as the paper names them. */
export const actors = [
	'state',
	'local-government',
	'business-associations',
	'firms',
	'buyers',
	'mnes',
	'training-institutions',
	'universities',
	'international-organizations',
	'workers',
] as const;
export type Actor = (typeof actors)[number];
export const actor = z.enum(actors);
