#!/usr/bin/env node
/**
 * Adds the paragraph, list-item and table anchors of the current build
 * (dist/) to tests/published-anchors.txt, the list of anchors that must
 * keep working: from then on the build fails if one of them vanishes
 * without a move in content/anchor-moves.json. Run after `npm run build`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, urlPathOf } from '../src/integration/dist-files.ts';
import {
	anchoredPagePattern,
	idsOfPage,
	publishedAnchorsFile,
	readAnchorList,
} from '../src/integration/published-anchors.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const listFile = join(root, publishedAnchorsFile);
const header = [
	'# Every paragraph anchor the site has published (npm run anchors:publish adds those of a build).',
	'# The build fails if one vanishes without a move in content/anchor-moves.json. Never remove a line.',
];
const before = existsSync(listFile) ? readFileSync(listFile, 'utf8') : '';
const known = new Set(readAnchorList(before));
const count = known.size;
for (const file of htmlFiles(dist)) {
	const page = urlPathOf(file);
	if (!anchoredPagePattern.test(page)) continue;
	for (const id of idsOfPage(readFileSync(join(dist, file), 'utf8')).blocks) known.add(`${page}#${id}`);
}
const comments = before.split('\n').filter((l) => l.startsWith('#'));
writeFileSync(listFile, [...(comments.length ? comments : header), ...[...known].sort()].join('\n') + '\n');
console.log(`published anchors: ${known.size} (${known.size - count} new)`);
