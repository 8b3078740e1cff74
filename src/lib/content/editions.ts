/**
 * A translated edition's content: each English entry with its translation's
 * words put in (`mergeTranslation`), everything else as stated once in
 * English. Pure: the query module passes in what Astro loaded, so this can
 * be tested without Astro.
 *
 * An edition is whole or it does not build: a missing translation, a
 * translation of nothing, or a field missing, extra or misshapen fails the
 * build naming the file. A translation of an older version of the English
 * file is reported (`stale`) and built: the status report lists it for
 * updating, and its facts (tags, numbers, links) still come from English.
 */
import { checkTranslatedFields, mergeTranslation } from '../translation/check-fields.ts';
import { translatableFields, versionKey } from '../translation/fields.ts';
import { sourceVersion } from '../translation/version.ts';
import { folderOf, extensionOf, type CollectionName } from './collections.ts';
import type { TranslatedLanguage } from '../../i18n/languages.ts';

/** What the loader gives for an entry: enough to merge it and to name its file. */
export interface LoadedEntry {
	id: string;
	data: Record<string, unknown>;
	body?: string;
	filePath?: string;
}

export class TranslationError extends Error {
	override name = 'TranslationError';
}

/** The translated entry, and the loader's entry of the translation file (what renders its body). */
export interface LocalizedEntry<E extends LoadedEntry> {
	entry: E;
	translation: LoadedEntry;
}

export interface EditionResult<E extends LoadedEntry> {
	entries: LocalizedEntry<E>[];
	/** Problems that fail the build, each starting with the file. */
	problems: string[];
	/** Translation files made from an older version of their English file. */
	stale: string[];
}

/**
 * The entries of one collection in a language. `readEnglish` gives the text
 * of an English file (by its path under the project), for its version.
 */
export function localizeCollection<E extends LoadedEntry>(
	collection: CollectionName,
	language: TranslatedLanguage,
	english: readonly E[],
	translations: readonly LoadedEntry[],
	readEnglish: (file: string) => string,
): EditionResult<E> {
	const spec = translatableFields[collection];
	const fileOf = (id: string) => `content/${language}/${folderOf(collection)}/${id}.${extensionOf(collection)}`;
	const byId = new Map(translations.map((t) => [t.id, t]));
	const result: EditionResult<E> = { entries: [], problems: [], stale: [] };
	for (const t of translations)
		if (!english.some((e) => e.id === t.id))
			result.problems.push(`${t.filePath ?? fileOf(t.id)}: translates no English entry (there is no ${folderOf(collection)}/${t.id}); remove it or rename it to match`);
	for (const entry of english) {
		const translation = byId.get(entry.id);
		const englishFile = entry.filePath ?? `content/${folderOf(collection)}/${entry.id}.${extensionOf(collection)}`;
		if (!translation) {
			result.problems.push(
				`${fileOf(entry.id)}: missing. Every page of the ${language} edition is translated: translate ${englishFile} (see content/TRANSLATING.md)`,
			);
			continue;
		}
		const file = translation.filePath ?? fileOf(entry.id);
		const { [versionKey]: version, ...fields } = translation.data;
		const problems = checkTranslatedFields(spec, entry.data, fields);
		if (problems.length) {
			result.problems.push(...problems.map((p) => `${file}: ${p}`));
			continue;
		}
		if (version !== sourceVersion(readEnglish(englishFile))) result.stale.push(file);
		result.entries.push({
			entry: { ...entry, data: mergeTranslation(spec, entry.data, fields), body: translation.body, filePath: file },
			translation,
		});
	}
	return result;
}
