#!/usr/bin/env node
// The names the glossary and the clusters show as the paper's are the paper's, in every edition (scripts/lib/glossary-names.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { folderOf } from '../src/lib/content/collections.ts';
import { publishedLanguages, sourceLanguage } from '../src/i18n/languages.ts';
import { shownNameProblems, translatedNameProblems, type ShownNames } from './lib/glossary-names.ts';
import { requireSharedFile } from './lib/shared-tool.ts';

const paper = readFileSync(requireSharedFile('paper/paper.txt'), 'utf8');
const translatedLanguages = publishedLanguages.filter((language) => language !== sourceLanguage);
let entries = 0;
let problemCount = 0;
for (const collection of ['organizations', 'clusters'] as const) {
	const folder = join('content', folderOf(collection));
	for (const file of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
		const data = load(readFileSync(join(folder, file), 'utf8')) as Omit<ShownNames, 'id'> & { searchTerms?: string[] };
		const names: ShownNames = {
			id: file.replace(/\.yaml$/, ''),
			// A cluster's name is the site's label for it ("Sinos Valley footwear"); a glossary entry's is a name.
			...(collection === 'organizations' ? { name: data.name, nameInPaper: data.nameInPaper } : {}),
			aliases: data.aliases,
		};
		entries += 1;
		for (const { problem } of shownNameProblems([names], paper)) {
			problemCount += 1;
			console.error(`${join(folder, file)}: ${problem}`);
		}
		for (const language of translatedLanguages) {
			const translationFile = join('content', language, folderOf(collection), file);
			if (!existsSync(translationFile)) continue;
			const translated = load(readFileSync(translationFile, 'utf8')) as { aliases?: string[] };
			for (const problem of translatedNameProblems(data, translated.aliases)) {
				problemCount += 1;
				console.error(`${translationFile}: ${problem}`);
			}
		}
	}
}
console.log(`names shown as the paper's: ${entries} glossary entries and clusters, ${problemCount} problem(s)`);
process.exitCode = problemCount > 0 ? 1 : 0;
