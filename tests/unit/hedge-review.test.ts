import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithReviewed, parseHedgeListing, readReviewed } from '../../scripts/lib/hedge-review';

const listing = [
	'content/concepts/skills.mdx',
	'  site:  Soft skills were harder to acquire than hard ones.',
	'  paper: Soft skills can be more difficult to learn.',
	'content/lessons/a.mdx',
	'  site:  Buyers are a durable channel.',
	'  paper: Buyers can be a more sustainable alternative.',
	'2369 sentences read in 307 files: 2 candidate(s) where the paper hedges and the site does not',
].join('\n');

const reason = 'The paper states this flatly at l. 412; the hedge is on the next clause.';

describe('hedge review', () => {
	it('reads every candidate of the tool listing with its file and both sentences', () => {
		expect(parseHedgeListing(listing)).toEqual([
			{
				file: 'content/concepts/skills.mdx',
				sentence: 'Soft skills were harder to acquire than hard ones.',
				paper: 'Soft skills can be more difficult to learn.',
			},
			{
				file: 'content/lessons/a.mdx',
				sentence: 'Buyers are a durable channel.',
				paper: 'Buyers can be a more sustainable alternative.',
			},
		]);
	});

	it('a candidate without a verdict is unreviewed; a verdict without a candidate is stale', () => {
		const candidates = parseHedgeListing(listing);
		const { unreviewed, stale, duplicates } = compareWithReviewed(candidates, [
			{ file: 'content/lessons/a.mdx', sentence: 'Buyers are a durable channel.', reason },
			{ file: 'content/lessons/a.mdx', sentence: 'A sentence since rewritten.', reason },
		]);
		expect(unreviewed.map((c) => c.file)).toEqual(['content/concepts/skills.mdx']);
		expect(stale.map((r) => r.sentence)).toEqual(['A sentence since rewritten.']);
		expect(duplicates).toEqual([]);
	});

	it('the same verdict given twice is reported', () => {
		const entry = { file: 'content/lessons/a.mdx', sentence: 'Buyers are a durable channel.', reason };
		expect(compareWithReviewed(parseHedgeListing(listing), [entry, entry]).duplicates).toEqual([entry]);
	});

	it('a verdict without a checkable reason is refused, naming the file and the entry', () => {
		const dir = mkdtempSync(join(tmpdir(), 'hedge-'));
		const file = join(dir, 'reviewed.json');
		writeFileSync(file, JSON.stringify([{ file: 'content/lessons/a.mdx', sentence: 'x', reason: 'fine' }]));
		expect(() => readReviewed(file)).toThrow(`${file}:\n  0.reason: give the reason a reader can check`);
	});
});
