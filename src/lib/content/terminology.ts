/**
 * A translated edition's terminology table, read and checked once, and the
 * names it gives each concept: what search finds the concept's page by, in
 * that language (the term and the other names readers use).
 */
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { terminologySchema, type Terminology } from '../../schemas/terminology.ts';
import type { TranslatedLanguage } from '../../i18n/languages.ts';

export const terminologyFile = (language: TranslatedLanguage) => `content/${language}/terminology.yaml`;

/** The table of a language; the problems (each naming the file) when it is malformed or names an unknown concept. */
export function readTerminology(
	language: TranslatedLanguage,
	conceptIds: ReadonlySet<string>,
	read: (file: string) => string | undefined = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
): { terms: Terminology; problems: string[] } {
	const file = terminologyFile(language);
	const text = read(file);
	if (text === undefined) return { terms: [], problems: [`${file}: missing (each edition states its terms once, there)`] };
	const parsed = terminologySchema.safeParse(load(text));
	if (!parsed.success)
		return { terms: [], problems: parsed.error.issues.map((i) => `${file}: entry ${i.path.join('.')}: ${i.message}`) };
	const problems = parsed.data
		.filter((t) => t.concept !== undefined && !conceptIds.has(t.concept))
		.map((t) => `${file}: "${t.term}" names the concept "${t.concept}", which does not exist`);
	return { terms: parsed.data, problems };
}

/** The names the table gives a concept (its term, then its other names), for search. */
export const conceptNames = (terms: Terminology, conceptId: string): string[] =>
	terms.filter((t) => t.concept === conceptId).flatMap((t) => [t.term, ...t.aliases]);
