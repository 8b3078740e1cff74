/**
 * The translations' tool: what is translated, what is out of date, and
 * whether a translation keeps the English file's shape.
 *
 *   node scripts/translations.ts status            every language, per collection
 *   node scripts/translations.ts check [files...]  fields, blocks, links, figures, version (all translations when no file is named)
 *   node scripts/translations.ts stamp files...    record the English version a translation now translates
 *
 * Files are named as under content/: `fr/concepts/joint-action.mdx`.
 * The rules it checks are in content/TRANSLATING.md.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { collectionNames, extensionOf, folderOf, type CollectionName } from '../src/lib/content/collections.ts';
import { translatedLanguages, type TranslatedLanguage } from '../src/i18n/languages.ts';
import { translatableFields, versionKey } from '../src/lib/translation/fields.ts';
import { checkTranslatedFields, wordsAt } from '../src/lib/translation/check-fields.ts';
import { bodyProblems, fewerHedges } from '../src/lib/translation/body-outline.ts';
import { hedgesOf } from '../src/lib/translation/hedges.ts';
import { missingFigures } from '../src/lib/translation/numbers.ts';
import { sourceVersion } from '../src/lib/translation/version.ts';
import { splitFrontmatter } from './lib/content-prose.ts';

const contentDir = join(import.meta.dirname, '..', 'content');

interface TranslationFile {
	language: TranslatedLanguage;
	collection: CollectionName;
	id: string;
	/** Path under content/. */
	file: string;
	englishFile: string;
}

const collectionOfFolder = new Map(collectionNames.map((c) => [folderOf(c), c]));

function parseName(name: string): TranslationFile {
	const parts = name.replace(/^content\//, '').split('/');
	const [language, folder, fileName] = parts;
	const collection = collectionOfFolder.get(folder ?? '');
	if (parts.length !== 3 || !translatedLanguages.includes(language as TranslatedLanguage) || !collection || !fileName)
		throw new Error(
			`${name}: not a translation file (write it as <${translatedLanguages.join('|')}>/<folder>/<file>, e.g. fr/concepts/joint-action.mdx)`,
		);
	const id = fileName.replace(/\.[^.]+$/, '');
	return {
		language: language as TranslatedLanguage,
		collection,
		id,
		file: `${language}/${folder}/${fileName}`,
		englishFile: `${folder}/${fileName}`,
	};
}

const read = (file: string) => readFileSync(join(contentDir, file), 'utf8');

/** Frontmatter data and body of a content file (YAML files are all data). */
function parts(file: string): { data: Record<string, unknown>; body: string } {
	const text = read(file);
	if (!file.endsWith('.mdx') && !file.endsWith('.md'))
		return { data: (load(text) ?? {}) as Record<string, unknown>, body: '' };
	const { frontmatter, body } = splitFrontmatter(text);
	return { data: (load(frontmatter) ?? {}) as Record<string, unknown>, body };
}

function englishFiles(collection: CollectionName): string[] {
	const folder = folderOf(collection);
	return readdirSync(join(contentDir, folder))
		.filter((f) => f.endsWith(`.${extensionOf(collection)}`))
		.map((f) => `${folder}/${f}`);
}

type Status = 'up to date' | 'out of date' | 'missing' | 'unstamped';

function statusOf(language: TranslatedLanguage, englishFile: string): Status {
	const file = `${language}/${englishFile}`;
	if (!existsSync(join(contentDir, file))) return 'missing';
	const recorded = parts(file).data[versionKey];
	if (typeof recorded !== 'string') return 'unstamped';
	return recorded === sourceVersion(read(englishFile)) ? 'up to date' : 'out of date';
}

/** Everything wrong with one translation file. */
function problemsOf(t: TranslationFile): string[] {
	if (!existsSync(join(contentDir, t.englishFile))) return [`no English file ${t.englishFile} to translate`];
	const english = parts(t.englishFile);
	const translated = parts(t.file);
	const { [versionKey]: version, ...fields } = translated.data;
	const problems = checkTranslatedFields(translatableFields[t.collection], english.data, fields);
	if (typeof version !== 'string')
		problems.push(`${versionKey}: missing (run: node scripts/translations.ts stamp ${t.file})`);
	if (t.file.endsWith('.mdx')) problems.push(...bodyProblems(english.body, translated.body));
	const spec = translatableFields[t.collection];
	const missing = missingFigures(
		[...wordsAt(spec, english.data), english.body].join('\n'),
		[...wordsAt(spec, fields), translated.body].join('\n'),
		t.language,
	);
	if (missing.length) problems.push(`figures of the English not found in the translation: ${missing.join(', ')}`);
	return problems;
}

/** Places where the translation may have dropped a hedge: to read again, not failures. */
function hedgeWarningsOf(t: TranslationFile): string[] {
	if (!existsSync(join(contentDir, t.englishFile))) return [];
	const english = parts(t.englishFile);
	const translated = parts(t.file);
	const spec = translatableFields[t.collection];
	const fieldTexts = (data: Record<string, unknown>) => wordsAt(spec, data);
	const enFields = fieldTexts(english.data);
	const trFields = fieldTexts(translated.data);
	const warnings = enFields.flatMap((text, i) => {
		const en = hedgesOf(text, 'en');
		const tr = hedgesOf(trFields[i] ?? '', t.language);
		return tr.length < en.length
			? [
					`a field ("${text.slice(0, 50)}..."): the English hedges with ${en.join(', ')}; the translation with ${tr.join(', ') || 'nothing'}`,
				]
			: [];
	});
	if (t.file.endsWith('.mdx')) warnings.push(...fewerHedges(english.body, translated.body, t.language));
	return warnings;
}

/** Whether a translation was made from an older version of its English file (reported, not a failure: see status). */
function isOutOfDate(t: TranslationFile): boolean {
	const version = parts(t.file).data[versionKey];
	return typeof version === 'string' && version !== sourceVersion(read(t.englishFile));
}

function allTranslations(): string[] {
	return translatedLanguages.flatMap((language) =>
		collectionNames.flatMap((collection) =>
			englishFiles(collection)
				.map((f) => `${language}/${f}`)
				.filter((f) => existsSync(join(contentDir, f))),
		),
	);
}

function stamp(t: TranslationFile): void {
	const path = join(contentDir, t.file);
	const text = readFileSync(path, 'utf8');
	const line = `${versionKey}: "${sourceVersion(read(t.englishFile))}"`;
	const keyLine = new RegExp(`^${versionKey}:.*$`, 'm');
	let next: string;
	if (keyLine.test(text)) next = text.replace(keyLine, line);
	else if (text.startsWith('---\n')) next = `---\n${line}\n${text.slice(4)}`;
	else next = `${line}\n${text}`;
	writeFileSync(path, next);
}

const [command = 'status', ...names] = process.argv.slice(2);
if (command === 'status') {
	let outOfDate = 0;
	for (const language of translatedLanguages) {
		const counts = new Map<Status, number>();
		const lines: string[] = [];
		for (const collection of collectionNames)
			for (const file of englishFiles(collection)) {
				const status = statusOf(language, file);
				counts.set(status, (counts.get(status) ?? 0) + 1);
				if (status === 'out of date' || status === 'unstamped') lines.push(`  ${status}: ${language}/${file}`);
			}
		outOfDate += (counts.get('out of date') ?? 0) + (counts.get('unstamped') ?? 0);
		console.log(`${language}: ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')}`);
		lines.forEach((l) => console.log(l));
	}
	process.exitCode = outOfDate ? 1 : 0;
} else if (command === 'check') {
	const files = (names.length ? names : allTranslations()).map(parseName);
	let failed = 0;
	let warned = 0;
	for (const t of files) {
		const problems = problemsOf(t);
		const warnings = hedgeWarningsOf(t);
		if (isOutOfDate(t))
			warnings.unshift('out of date: the English file has changed since; update the translation, then stamp it');
		if (!problems.length && !warnings.length) continue;
		console.log(`content/${t.file}:`);
		problems.forEach((p) => console.log(`  - ${p}`));
		warnings.forEach((w) =>
			console.log(`  ? ${w}${w.startsWith('out of date') ? '' : ' (read again: keep each hedge)'}`),
		);
		if (problems.length) failed++;
		if (warnings.length) warned++;
	}
	console.log(`hedges to read again in ${warned} translation(s)`);
	console.log(`${files.length} translation(s) checked, ${failed} with problems`);
	process.exitCode = failed ? 1 : 0;
} else if (command === 'stamp') {
	for (const t of names.map(parseName)) {
		stamp(t);
		console.log(`stamped content/${t.file} (${relative(contentDir, join(contentDir, t.englishFile))})`);
	}
} else {
	console.error(`unknown command "${command}": use status, check or stamp`);
	process.exitCode = 2;
}
