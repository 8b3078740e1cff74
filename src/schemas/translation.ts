import { z } from 'astro/zod';

/**
 * A translation's file (`content/<language>/<folder>/<id>`), as the loader
 * reads it: the version of the English file it translates, and its fields
 * in words. Which fields those are, and that each is there, is checked
 * against the English entry when the edition loads (`src/lib/content/editions.ts`,
 * with the table of `src/lib/translation/fields.ts`), where both are at hand.
 */
export const translationSchema = z.looseObject({
	/** The version of the English file this translates (`npm run translations -- stamp <file>` writes it). */
	translationOf: z
		.string()
		.regex(/^[0-9a-f]{12}$/, 'write the version the stamp command gives: npm run translations -- stamp <file>'),
});
