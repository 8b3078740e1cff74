#!/usr/bin/env node
// Adds the pages of the current build (the sitemap of each published edition) to
// data/published-urls.txt, the list of addresses that must never break.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { builtSitemapPaths } from '../src/integration/sitemap.ts';
import { addToPublishedList, publishedUrlsFile } from '../src/lib/site/published-lists.ts';
import { publishedLanguages, sourceLanguage } from '../src/i18n/languages.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
// A translated edition's sitemap sits in its own folder and lists its addresses with their /<language>/.
const paths = publishedLanguages.flatMap((language) =>
	builtSitemapPaths(language === sourceLanguage ? dist : join(dist, language)),
);
const added = addToPublishedList(root, publishedUrlsFile, paths, [
	'# Every address the site has published (npm run urls:publish adds those of a build). Never remove a line.',
]);
console.log(`published URLs: ${added} new`);
