import { z } from 'astro/zod';
import { idPattern } from './id-pattern';

/** The kinds of unit the catalogue lists. */
export const catalogTypes = ['concept', 'case', 'lesson', 'recommendation', 'path'] as const;

/**
 * One unit of the catalogue (`/catalog.json`, `/catalog.csv`): what a
 * trainer or a learning platform needs to find and link it. The published
 * JSON Schema (`/catalog.schema.json`) is generated from this.
 */
export const catalogEntrySchema = z
	.object({
		/** The permanent id (the last part of the address). */
		id: z.string().regex(idPattern).describe('Permanent id, the last segment of the address'),
		type: z.enum(catalogTypes).describe('Kind of unit'),
		title: z.string().min(1),
		/** One sentence. */
		summary: z.string().min(1).describe('One sentence saying what the unit is'),
		/** Absolute address of the unit's page. */
		url: z.url().describe('Absolute, permanent address of the page'),
		/** The language of the unit's page (BCP 47): each edition publishes its own catalogue. */
		language: z
			.string()
			.min(2)
			.describe('Language of the page (BCP 47 tag); each edition of the site has its own catalogue'),
		/** Concept ids the unit is tagged with. */
		concepts: z.array(z.string()).describe('Ids of the concepts the unit is tagged with (each is /concepts/<id>/)'),
		/** Paper section ids the unit draws on. */
		sections: z
			.array(z.string())
			.min(1)
			.describe('Ids of the sections of the paper the unit draws on (each is /paper/#<id>)'),
		/** Minutes, computed from the text at build time; for a path, the sum of its units. */
		readingMinutes: z.number().int().min(1).describe('Reading time in whole minutes, computed from the text'),
	})
	.strict();

/** The whole catalogue. */
export const catalogSchema = z
	.object({
		/** The address of this schema. */
		$schema: z.url().optional(),
		title: z.string(),
		/** The paper the site explains. */
		source: z.string().describe('The paper every unit explains'),
		/** Absolute address of the site. */
		site: z.url(),
		entries: z.array(catalogEntrySchema),
	})
	.strict();

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Catalog = z.infer<typeof catalogSchema>;

/** The JSON Schema of the catalogue, published at `/catalog.schema.json`. */
export function catalogJsonSchema(schemaUrl: string): Record<string, unknown> {
	return {
		...z.toJSONSchema(catalogSchema, { target: 'draft-2020-12' }),
		$id: schemaUrl,
		title: 'Catalogue of the units of Skills for Industrial Clusters',
	};
}
