import { z } from 'astro/zod';
import { entryBaseShape } from './entry';
import { taxonomySchema } from './taxonomy';

/** A point on the map, in decimal degrees (WGS 84). */
export const coordinatesSchema = z
	.object({
		lat: z.number().min(-90).max(90),
		lon: z.number().min(-180).max(180),
	})
	.strict();

/** A key figure exactly as the paper gives it, with the year it refers to. */
export const figureSchema = z
	.object({
		/** What is counted, e.g. "Firms in the cluster". */
		label: z.string().min(2),
		/** The value as the paper writes it, e.g. "about 300" or "US$ 100 million". */
		value: z.string().min(1),
		/** The year (or span of years, e.g. "1990s") the figure refers to, when the paper gives one. */
		year: z.union([z.number().int(), z.string()]).optional(),
		/** The paper section it comes from. */
		section: z.string().optional(),
	})
	.strict();

/** One dated event of a case's timeline. */
export const timelineEventSchema = z
	.object({
		/** When, as the paper dates it: a year ("1994"), a span ("1970s") or a phrase ("early 1990s"). */
		when: z.union([z.number().int(), z.string().min(2)]),
		/** What happened, in one short sentence. */
		what: z.string().min(5),
	})
	.strict();

/**
 * The comparison row of a case on `/cases/`: short phrases, one per column,
 * so that the five cases can be read side by side.
 */
export const caseComparisonSchema = z
	.object({
		turningPoint: z.string().min(5),
		response: z.string().min(5),
		/** The kinds of upgrading achieved, ids of upgrading concepts. */
		upgrading: z.array(z.enum(['product-upgrading', 'process-upgrading', 'functional-upgrading'])),
		/** A phrase on the upgrading, e.g. "product and process; functional upgrading blocked". */
		upgradingNote: z.string().min(5),
		stateRole: z.string().min(5),
		associationsRole: z.string().min(5),
		socialOutcome: z.string().min(5),
	})
	.strict();

/** A case study of Part II: `content/cases/<id>.mdx`, page `/cases/<id>/`. */
export const caseSchema = z
	.object({
		...entryBaseShape,
		/** Country, e.g. "Pakistan"; for a multi-country case, the countries joined with commas. */
		country: z.string().min(2),
		/** Region within the country or continent, e.g. "Punjab". */
		region: z.string().min(2),
		/** The sector, e.g. "Surgical instruments". */
		sector: z.string().min(2),
		/** The cell of Table 1 the paper puts the case in. */
		taxonomy: taxonomySchema,
		/** Where the cluster is (for the world map). */
		coordinates: coordinatesSchema,
		/** Key figures with their years. */
		figures: z.array(figureSchema).default([]),
		/** The case's history, oldest first. */
		timeline: z.array(timelineEventSchema).min(1),
		/** Its row in the comparison table. */
		comparison: caseComparisonSchema,
		/** Order of the case in the paper (1 = Sialkot). */
		order: z.number().int().min(1),
	})
	.strict();
export type CaseData = z.infer<typeof caseSchema>;
