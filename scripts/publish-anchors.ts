#!/usr/bin/env node
/**
 * Adds the paragraph, list-item and table anchors of the current build
 * (dist/) to data/published-anchors.txt, the list of anchors that must
 * keep working: from then on the build fails if one of them vanishes
 * without a move in content/anchor-moves.json. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, urlPathOf } from '../src/integration/dist-files.ts';
import { anchoredPagePattern, idsOfPage } from '../src/integration/published-anchors.ts';
import { addToPublishedList, publishedAnchorsFile } from '../src/lib/site/published-lists.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const anchors: string[] = [];
for (const file of htmlFiles(dist)) {
	const page = urlPathOf(file);
	if (!anchoredPagePattern.test(page)) continue;
	for (const id of idsOfPage(readFileSync(join(dist, file), 'utf8')).blocks) anchors.push(`${page}#${id}`);
}
const added = addToPublishedList(root, publishedAnchorsFile, anchors, [
	'# Every paragraph anchor the site has published (npm run anchors:publish adds those of a build).',
	'# The build fails if one vanishes without a move in content/anchor-moves.json. Never remove a line.',
]);
console.log(`published anchors: ${added} new`);
