/**
 * Checks a translation's fields against its English entry and its
 * collection's spec (`fields.ts`), and overlays them on the English data.
 * Problems are sentences naming the field (`timeline[2].what`), for the
 * build error and the translators' check to show with the file.
 */
import type { FieldSpec, ObjectSpec } from './fields.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const isWords = (value: unknown) =>
	(typeof value === 'string' && value.trim() !== '') ||
	(Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== ''));

function checkValue(spec: FieldSpec, english: unknown, translated: unknown, at: string, problems: string[]): void {
	if (spec === 'names') {
		if (translated !== undefined && !(Array.isArray(translated) && isWords(translated)))
			problems.push(`${at}: expected a list of names`);
		return;
	}
	if (english === undefined) {
		if (translated !== undefined)
			problems.push(`${at}: the English has no such field, so its translation has none either`);
		return;
	}
	if (spec === 'words-if-text' && typeof english !== 'string') {
		if (translated !== undefined)
			problems.push(`${at}: the English value is a number, stated once there: leave it out`);
		return;
	}
	// An empty English list (a path with no prerequisites) has nothing to translate.
	if (translated === undefined && Array.isArray(english) && english.length === 0) return;
	if (translated === undefined) {
		problems.push(`${at}: missing (every field in words is translated; nothing falls back to English)`);
		return;
	}
	if (spec === 'words' || spec === 'words-if-text') {
		if (!isWords(translated))
			problems.push(`${at}: expected text${Array.isArray(english) ? ' (a list of texts)' : ''}`);
		else if (Array.isArray(english) !== Array.isArray(translated))
			problems.push(`${at}: expected ${Array.isArray(english) ? 'a list of texts' : 'one text'}, as in the English`);
		else if (Array.isArray(english) && Array.isArray(translated) && english.length !== translated.length)
			problems.push(
				`${at}: ${translated.length} items where the English has ${english.length} (one for one, same order)`,
			);
		return;
	}
	if (Array.isArray(spec)) {
		if (!Array.isArray(english) || !Array.isArray(translated)) {
			problems.push(`${at}: expected a list`);
			return;
		}
		if (english.length !== translated.length) {
			problems.push(
				`${at}: ${translated.length} items where the English has ${english.length} (one for one, same order)`,
			);
			return;
		}
		english.forEach((item, i) => checkValue(spec[0] as FieldSpec, item, translated[i], `${at}[${i}]`, problems));
		return;
	}
	if (!isObject(english) || !isObject(translated)) {
		problems.push(`${at}: expected an object`);
		return;
	}
	checkObject(spec as ObjectSpec, english, translated, `${at}.`, problems);
}

function checkObject(
	spec: ObjectSpec,
	english: Record<string, unknown>,
	translated: Record<string, unknown>,
	prefix: string,
	problems: string[],
) {
	for (const key of Object.keys(translated))
		if (!(key in spec))
			problems.push(`${prefix}${key}: not a field in words; it is stated once, in the English file (leave it out)`);
	for (const [key, fieldSpec] of Object.entries(spec))
		checkValue(fieldSpec, english[key], translated[key], `${prefix}${key}`, problems);
}

/** What is wrong with a translation's fields (without its version key), or an empty list. */
export function checkTranslatedFields(
	spec: ObjectSpec,
	english: Record<string, unknown>,
	translated: Record<string, unknown>,
): string[] {
	const problems: string[] = [];
	checkObject(spec, english, translated, '', problems);
	return problems;
}

function overlay(spec: FieldSpec, english: unknown, translated: unknown): unknown {
	if (translated === undefined) return spec === 'names' ? [] : english;
	if (spec === 'words' || spec === 'names' || spec === 'words-if-text') return translated;
	if (Array.isArray(spec))
		return (english as unknown[]).map((item, i) => overlay(spec[0] as FieldSpec, item, (translated as unknown[])[i]));
	return overlayObject(spec as ObjectSpec, english as Record<string, unknown>, translated as Record<string, unknown>);
}

function overlayObject(spec: ObjectSpec, english: Record<string, unknown>, translated: Record<string, unknown>) {
	const merged: Record<string, unknown> = { ...english };
	// Other names are the language's own: an English alias is no synonym in French.
	for (const [key, fieldSpec] of Object.entries(spec))
		if (key in english || fieldSpec === 'names') merged[key] = overlay(fieldSpec, english[key], translated[key]);
	return merged;
}

/** The entry in the translation's language: the English data with the translated words put in. Check first. */
export function mergeTranslation<T extends Record<string, unknown>>(
	spec: ObjectSpec,
	english: T,
	translated: Record<string, unknown>,
): T {
	return overlayObject(spec, english, translated) as T;
}

/** Every text at a translatable place of an entry (for the figure check): the words a translation must carry over. */
export function wordsAt(spec: FieldSpec, value: unknown, found: string[] = []): string[] {
	if (value === undefined || value === null) return found;
	if (spec === 'words' || spec === 'words-if-text' || spec === 'names') {
		// Other names are the language's own, not a translation of the English ones.
		if (spec === 'names') return found;
		if (typeof value === 'string') found.push(value);
		else if (Array.isArray(value)) value.forEach((item) => typeof item === 'string' && found.push(item));
		return found;
	}
	if (Array.isArray(spec)) {
		if (Array.isArray(value)) value.forEach((item) => wordsAt(spec[0] as FieldSpec, item, found));
		return found;
	}
	if (isObject(value)) for (const [key, fieldSpec] of Object.entries(spec)) wordsAt(fieldSpec, value[key], found);
	return found;
}

/** The part of an entry's data that a translation holds (its fields in words), e.g. to start a new translation from. */
export function translatablePart(spec: FieldSpec, value: unknown): unknown {
	if (value === undefined || value === null) return undefined;
	if (spec === 'words' || spec === 'names') return value;
	if (spec === 'words-if-text') return typeof value === 'string' ? value : undefined;
	if (Array.isArray(spec))
		return Array.isArray(value) ? value.map((item) => translatablePart(spec[0] as FieldSpec, item)) : undefined;
	if (!isObject(value)) return undefined;
	const part: Record<string, unknown> = {};
	for (const [key, fieldSpec] of Object.entries(spec)) {
		const picked = translatablePart(fieldSpec, value[key]);
		if (picked !== undefined && !(Array.isArray(picked) && picked.length === 0 && !Array.isArray(value[key])))
			part[key] = picked;
	}
	return part;
}
