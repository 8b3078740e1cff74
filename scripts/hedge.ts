#!/usr/bin/env node
// Hedges the paper keeps must stay in the site's text: every candidate of
// the workplace's hedge check is mended or reviewed (scripts/lib/hedge-review.ts).
// The tool reads a few named fields of each file; so that it reads every
// field (objectives, questions, answers, notes, descriptions, timelines), it
// is given the prose of each content file (scripts/lib/content-prose.ts),
// written to a scratch folder under the same relative names.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { translatedLanguages } from '../src/i18n/languages.ts';
import { proseOf } from './lib/content-prose.ts';
import { compareWithReviewed, parseHedgeListing, readReviewed, reviewedFile } from './lib/hedge-review.ts';
import { requireSharedTool, runSharedTool } from './lib/shared-tool.ts';

const tool = requireSharedTool('hedge-check.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'hedge-'));
/** Scratch file (as the tool prints it) → the content file it was made from. */
const sourceOf = new Map<string, string>();
for (const entry of readdirSync('content', { recursive: true, withFileTypes: true })) {
	const format = /\.ya?ml$/.test(entry.name) ? 'yaml' : /\.mdx?$/.test(entry.name) ? 'mdx' : undefined;
	// Entries live in the collections' folders; content/README.md is the writers' guide. The tool reads English:
	// a translation's hedges are held to its English file's by `npm run translations -- check`.
	const translation = (translatedLanguages as readonly string[]).includes(entry.parentPath.split(sep)[1] ?? '');
	if (!entry.isFile() || !format || entry.parentPath === 'content' || translation) continue;
	const source = join(entry.parentPath, entry.name);
	const copy = join('content', source.slice('content/'.length).replace(/\.\w+$/, '.md'));
	mkdirSync(join(scratch, copy, '..'), { recursive: true });
	writeFileSync(join(scratch, copy), proseOf(readFileSync(source, 'utf8'), format));
	sourceOf.set(copy, source);
}
const { output, status } = runSharedTool(tool, [join(scratch, 'content'), '--list', '100000'], scratch);
rmSync(scratch, { recursive: true, force: true });
if (status !== 0) {
	process.stderr.write(output);
	process.exit(status);
}
const candidates = parseHedgeListing(output).map((c) => ({ ...c, file: sourceOf.get(c.file) ?? c.file }));
const { unreviewed, stale, duplicates } = compareWithReviewed(candidates, readReviewed());
for (const c of unreviewed) {
	console.error(
		`${c.file}: the paper hedges what this sentence states flatly; mend it, or add a verdict with its reason to ${reviewedFile}`,
	);
	console.error(`  site:  ${c.sentence}\n  paper: ${c.paper}`);
}
for (const r of stale)
	console.error(
		`${reviewedFile}: no longer a candidate (rewritten?), remove or review again: ${r.file}: ${r.sentence}`,
	);
for (const r of duplicates) console.error(`${reviewedFile}: reviewed twice: ${r.file}: ${r.sentence}`);
const failed = unreviewed.length + stale.length + duplicates.length;
console.log(
	`hedge check: ${candidates.length} candidate(s), ${candidates.length - unreviewed.length} reviewed, ${unreviewed.length} unreviewed, ${stale.length} stale verdict(s)`,
);
process.exit(failed > 0 ? 1 : 0);
