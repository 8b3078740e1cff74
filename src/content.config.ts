import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { glob } from 'astro/loaders';
import {
	collectionNames,
	filePatternOf,
	folderOf,
	translationCollectionName,
	type CollectionName,
	type TranslationCollectionName,
} from './lib/content/collections';
import { defaultLanguage, translatedLanguages } from './i18n/languages';
import { translationSchema } from './schemas/translation';
import { caseSchema } from './schemas/case-study';
import { chartSchema } from './schemas/chart';
import { clusterSchema } from './schemas/cluster';
import { conceptSchema } from './schemas/concept';
import { lessonSchema } from './schemas/lesson';
import { pathSchema } from './schemas/path';
import { organizationSchema } from './schemas/organization';
import { paperSectionSchema } from './schemas/paper-section';
import { recommendationSchema } from './schemas/recommendation';
import { sourceSchema } from './schemas/source';
import { pageTextSchema } from './schemas/page-text';

/** The schema of each collection of the registry (`src/lib/content/collections.ts`). */
const schemas = {
	concepts: conceptSchema,
	cases: caseSchema,
	lessons: lessonSchema,
	recommendations: recommendationSchema,
	paths: pathSchema,
	paperSections: paperSectionSchema,
	sources: sourceSchema,
	organizations: organizationSchema,
	clusters: clusterSchema,
	charts: chartSchema,
	pageTexts: pageTextSchema,
} as const satisfies Record<CollectionName, unknown>;

/**
 * One entry per file, flat folders: the file name is the id, so an id can
 * only exist once per collection (a second file with the same name but
 * another extension is reported as a duplicate by the build).
 */
const collectionOf = (name: CollectionName) =>
	defineCollection({
		loader: glob({ pattern: filePatternOf(name), base: `./content/${folderOf(name)}` }),
		schema: schemas[name],
	});

const english = Object.fromEntries(collectionNames.map((name) => [name, collectionOf(name)])) as {
	[C in CollectionName]: { loader: ReturnType<typeof glob>; schema: (typeof schemas)[C] };
};

/** The translations of a collection into a language: the same file names under `content/<language>/<folder>/`. */
const translationsOf = (name: CollectionName, language: (typeof translatedLanguages)[number]) =>
	defineCollection({
		loader: glob({ pattern: filePatternOf(name), base: `./content/${language}/${folderOf(name)}` }),
		schema: translationSchema,
	});

// Only the edition being built reads its translations (a French slip never stops the English build), and only
// folders that exist: an edition without a folder yet has all its entries reported missing when it is built.
const translations = Object.fromEntries(
	translatedLanguages
		.filter((language) => language === defaultLanguage)
		.flatMap((language) =>
			collectionNames
				.filter((name) => existsSync(`./content/${language}/${folderOf(name)}`))
				.map((name) => [translationCollectionName(name, language), translationsOf(name, language)]),
		),
) as { [T in TranslationCollectionName]: ReturnType<typeof translationsOf> };

export const collections = { ...english, ...translations };
