/**
 * The hedge check's findings against the project's reviewed list.
 *
 * The workplace's hedge check pairs each sentence of the content with the
 * paper sentence closest to it and lists the pairs where the paper hedges
 * ("may", "seems", "often") and the site does not. Many candidates are
 * faithful (the hedge sits on another clause); a reader decides, once, and
 * records the verdict with its reason in `data/hedge-reviewed.json`.
 * A candidate that is neither mended nor reviewed fails the test, and so
 * does a reviewed entry that no longer matches any candidate (its sentence
 * was rewritten: the verdict must be given again, not carried over).
 */
import { z } from 'astro/zod';
import { readJsonData } from '../../src/lib/content/json-data.ts';

/** One candidate as the tool prints it: the content file, the site's sentence (cut at 220 characters), the paper's. */
export interface HedgeCandidate {
	file: string;
	sentence: string;
	paper: string;
}

/** Where the project keeps its verdicts. */
export const reviewedFile = 'data/hedge-reviewed.json';

const reviewedEntry = z.object({
	/** The content file, relative to the project (`content/concepts/skills.mdx`). */
	file: z.string().regex(/^content\/.+\.(mdx|ya?ml)$/, { message: 'a content file, e.g. content/concepts/skills.mdx' }),
	/** The site's sentence exactly as the tool prints it after `site:`. */
	sentence: z.string().min(1),
	/** Why the sentence is faithful to the paper: the paper's line and what it says, for the next reader to check. */
	reason: z.string().min(30, { message: 'give the reason a reader can check (the paper line and what it says)' }),
});
const reviewedList = z.array(reviewedEntry);
export type ReviewedEntry = z.infer<typeof reviewedEntry>;

/** Parses the tool's listing: a file line, then `  site:  …` and `  paper: …` for each candidate. */
export function parseHedgeListing(text: string): HedgeCandidate[] {
	const candidates: HedgeCandidate[] = [];
	const lines = text.split('\n');
	for (let i = 0; i + 2 < lines.length; i++) {
		const site = /^ {2}site: {2}(.*)$/.exec(lines[i + 1]);
		const paper = /^ {2}paper: (.*)$/.exec(lines[i + 2]);
		if (!lines[i].startsWith(' ') && site && paper) {
			candidates.push({ file: lines[i].trim(), sentence: site[1], paper: paper[1] });
			i += 2;
		}
	}
	return candidates;
}

/** The reviewed list, validated; throws naming the file and the entry on a malformed one. */
export function readReviewed(path: string = reviewedFile): ReviewedEntry[] {
	return readJsonData(path, reviewedList);
}

const keyOf = (entry: { file: string; sentence: string }) => `${entry.file}\n${entry.sentence}`;

/** Candidates that no verdict covers, and verdicts that match no candidate any more. */
export function compareWithReviewed(
	candidates: HedgeCandidate[],
	reviewed: ReviewedEntry[],
): { unreviewed: HedgeCandidate[]; stale: ReviewedEntry[]; duplicates: ReviewedEntry[] } {
	const found = new Set(candidates.map(keyOf));
	const seen = new Set<string>();
	const duplicates = reviewed.filter((r) => (seen.has(keyOf(r)) ? true : (seen.add(keyOf(r)), false)));
	return {
		unreviewed: candidates.filter((c) => !seen.has(keyOf(c))),
		stale: reviewed.filter((r) => !found.has(keyOf(r))),
		duplicates,
	};
}
