#!/usr/bin/env node
// Hedges the paper keeps must stay in the site's text: every candidate of
// the workplace's hedge check is mended or reviewed (scripts/lib/hedge-review.ts).
import { compareWithReviewed, parseHedgeListing, readReviewed, reviewedFile } from './lib/hedge-review.ts';
import { requireSharedTool, runSharedTool } from './lib/shared-tool.ts';

const tool = requireSharedTool('hedge-check.mjs');
const { output, status } = runSharedTool(tool, ['content', '--list', '100000']);
if (status !== 0) {
	process.stderr.write(output);
	process.exit(status);
}
const candidates = parseHedgeListing(output);
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
