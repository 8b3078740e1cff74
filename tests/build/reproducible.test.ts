/**
 * Two clean builds of the same content, each with a cold diagram cache and
 * in a different folder, write byte-identical sites: nothing in `dist/`
 * depends on time, order of work, the machine's paths or the cache.
 * (The bench's `--reproducible` does the same for the real content.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder, treeDifferences } from '../../scripts/lib/tree-diff';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';

const sites: FixtureSite[] = [];
const caches: string[] = [];
afterAll(() => {
	for (const s of sites) s.remove();
	for (const c of caches) rmSync(c, { recursive: true, force: true });
});

function cleanBuild(): string {
	const site = createFixtureSite();
	sites.push(site);
	const cache = mkdtempSync(join(tmpdir(), 'mermaid-cold-'));
	caches.push(cache);
	const { code, output } = site.build({ MERMAID_CACHE_DIR: cache });
	expect(code, output).toBe(0);
	// Cold: the diagrams were drawn, not read from a cache.
	expect(output).toMatch(/0 SVGs from cache, 4 SVGs rendered/);
	return join(site.root, 'dist');
}

describe('the build', () => {
	it('is reproducible: two clean builds with a cold diagram cache write identical bytes', () => {
		const first = cleanBuild();
		const second = cleanBuild();
		expect(filesUnder(first).length).toBeGreaterThan(10);
		expect(treeDifferences(first, second)).toEqual([]);
	}, 600_000); // two cold builds, each allowed the 240 s of a fixture build
});
