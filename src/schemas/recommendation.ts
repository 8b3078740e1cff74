import { z } from 'astro/zod';
import { entryBaseShape } from './entry';
import { entryIdList } from './ids';
import { actor, taxonomyCell } from './taxonomy';
import { searchTerms } from './search-terms';

/** The part of the paper a recommendation comes from, which orders `/recommendations/`. */
export const recommendationGroups = [
	'approaches',
	'traditional-diversified',
	'traditional-subcontractor',
	'high-tech-diversified',
	'social-dimension',
] as const;
export type RecommendationGroup = (typeof recommendationGroups)[number];

/** A policy recommendation: `content/recommendations/<id>.mdx`, page `/recommendations/<id>/`. */
export const recommendationSchema = z
	.object({
		...entryBaseShape,
		/** Where in the paper it is made. */
		group: z.enum(recommendationGroups),
		/** Its place within the group, in the paper's order (the paper's i, ii, ... where it numbers them). */
		order: z.number().int().min(1),
		/** The cells of Table 1 it applies to. At least one. */
		appliesTo: z.array(taxonomyCell).min(1),
		/** Who should act. At least one. */
		actors: z.array(actor).min(1),
		/** Cases whose evidence supports it (ids in `content/cases/`). */
		cases: entryIdList,
		/** Words a reader may type looking for the recommendation that its title and summary do not hold. Searched, never shown. */
		searchTerms,
	})
	.strict();
export type RecommendationData = z.infer<typeof recommendationSchema>;
