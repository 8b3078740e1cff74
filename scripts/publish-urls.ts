#!/usr/bin/env node
// Adds the pages of the current build (its sitemap) to
// data/published-urls.txt, the list of addresses that must never break.
import { fileURLToPath } from 'node:url';
import { builtSitemapPaths } from '../src/integration/sitemap.ts';
import { addToPublishedList, publishedUrlsFile } from '../src/lib/site/published-lists.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const added = addToPublishedList(root, publishedUrlsFile, builtSitemapPaths(`${root}dist/`), [
	'# Every address the site has published (npm run urls:publish adds those of a build). Never remove a line.',
]);
console.log(`published URLs: ${added} new`);
