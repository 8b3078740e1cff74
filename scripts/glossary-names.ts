#!/usr/bin/env node
// The names the glossary, the clusters and the concepts show as the paper's are the paper's, in every edition (scripts/lib/glossary-names.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';
import { folderOf } from '../src/lib/content/collections.ts';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { conceptNames, readTerminology, terminologyFile } from '../src/lib/content/terminology.ts';
import { publishedLanguages, sourceLanguage } from '../src/i18n/languages.ts';
import {
	missingEnglishName,
	shownNameProblems,
	translatedNameProblems,
	type EnglishNames,
	type ShownNames,
} from './lib/glossary-names.ts';
import { requireSharedFile } from './lib/shared-tool.ts';

const paper = readFileSync(requireSharedFile('paper/paper.txt'), 'utf8');
const translatedLanguages = publishedLanguages.filter((language) => language !== sourceLanguage);
/** Every English record's shown names, by its file (the id problems are reported under). */
const shown: ShownNames[] = [];
const problems: string[] = [];

/**
 * A translation's shown names (its aliases, and `extra` names shown beside them from another file) against
 * its English record and its own searchTerms; a record not translated yet has nothing to check.
 */
function checkTranslation(
	english: EnglishNames,
	file: string,
	parse: (text: string) => unknown,
	extra?: { where: string; names: readonly string[] },
	englishNames?: readonly string[],
) {
	if (!existsSync(file)) return;
	const translated = parse(readFileSync(file, 'utf8')) as {
		title?: string;
		aliases?: string[];
		searchTerms?: string[];
	};
	const check = (where: string, names: readonly string[] = []) =>
		problems.push(...translatedNameProblems(english, names, translated.searchTerms).map((p) => `${where}: ${p}`));
	check(file, translated.aliases);
	if (extra) check(extra.where, extra.names);
	if (englishNames) {
		const names = [translated.title ?? '', ...(translated.aliases ?? []), ...(extra?.names ?? [])];
		problems.push(...missingEnglishName(englishNames, names).map((p) => `${file}: ${p}`));
	}
}

for (const collection of ['organizations', 'clusters'] as const) {
	const folder = join('content', folderOf(collection));
	for (const file of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
		const data = load(readFileSync(join(folder, file), 'utf8')) as Omit<ShownNames, 'id'> & { searchTerms?: string[] };
		shown.push({
			id: join(folder, file),
			// A cluster's name is the site's label for it ("Sinos Valley footwear"); a glossary entry's is a name.
			...(collection === 'organizations' ? { name: data.name, nameInPaper: data.nameInPaper } : {}),
			aliases: data.aliases,
		});
		for (const language of translatedLanguages)
			checkTranslation(data, join('content', language, folderOf(collection), file), (text) => load(text));
	}
}

// A concept's "Also known as" names are the paper's too; the other words it answers to are its searchTerms.
const frontmatterOf = (text: string) => load(splitFrontmatter(text).frontmatter);
const conceptFolder = join('content', folderOf('concepts'));
const conceptIds = readdirSync(conceptFolder)
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => basename(f, '.mdx'));
// A translated concept page shows its record's aliases and the names its edition's terminology table gives it.
const terminologies = new Map(
	translatedLanguages.map((language) => {
		const { terms, problems: tableProblems } = readTerminology(language, new Set(conceptIds));
		problems.push(...tableProblems);
		return [language, terms];
	}),
);
for (const id of conceptIds) {
	const file = join(conceptFolder, `${id}.mdx`);
	const data = frontmatterOf(readFileSync(file, 'utf8')) as EnglishNames & { title: string; aliases?: string[] };
	shown.push({ id: file, aliases: data.aliases });
	for (const language of translatedLanguages)
		checkTranslation(
			data,
			join('content', language, folderOf('concepts'), `${id}.mdx`),
			frontmatterOf,
			{ where: `${terminologyFile(language)} (concept ${id})`, names: conceptNames(terminologies.get(language)!, id) },
			[data.title, ...(data.aliases ?? [])],
		);
}

// All records at once: the paper's text is prepared for the lookups once.
problems.push(...shownNameProblems(shown, paper).map(({ id, problem }) => `${id}: ${problem}`));
for (const problem of problems) console.error(problem);
console.log(
	`names shown as the paper's: ${shown.length} glossary entries, clusters and concepts, ${problems.length} problem(s)`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
