import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroRedirects, readRedirects, redirectsFile } from '../../src/integration/redirects';

const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
const file = (text: string) => {
	writeFileSync(join(dir, 'redirects.json'), text);
	return join(dir, 'redirects.json');
};

describe('content/redirects.json', () => {
	it('reads old → new addresses', () => {
		expect(readRedirects(file('{"redirects": {"/concepts/old/": "/concepts/new/"}}'), dir)).toEqual({
			'/concepts/old/': '/concepts/new/',
		});
		expect(readRedirects(join(dir, 'missing.json'), dir)).toEqual({});
		expect(readRedirects(file('{"$comment": "a note for writers", "redirects": {}}'), dir)).toEqual({});
	});
	it('fails naming the file and the JSON problem', () => {
		expect(() => readRedirects(file('{"redirects": {"/concepts/old/": "/concepts/new/",}}'), dir)).toThrow(
			/^redirects\.json: not valid JSON: .*(position|column|Expected)/,
		);
	});
	it('fails naming the file and a wrong shape or address', () => {
		expect(() => readRedirects(file('{"redirect": {}}'), dir)).toThrow(
			'(file): expected an object with a "redirects" object',
		);
		expect(() => readRedirects(file('{"redirects": {"concepts/old": "/concepts/new/"}}'), dir)).toThrow(
			'redirects.json:\n  redirects.concepts/old: the old address must be a site path like "/concepts/old-id/"',
		);
		expect(() => readRedirects(file('{"redirects": {"/concepts/old/": 3}}'), dir)).toThrow(
			'redirects.json:\n  redirects./concepts/old/: the new address must be a site path like "/concepts/new-id/"',
		);
	});
	it('refuses an address that redirects to itself', () => {
		expect(() => readRedirects(file('{"redirects": {"/concepts/a/": "/concepts/a/"}}'), dir)).toThrow(
			'redirects.json:\n  redirects./concepts/a/: redirects to itself',
		);
	});
	it('puts the base path on targets for Astro and on both sides in _redirects', () => {
		const r = { '/concepts/old/': '/concepts/new/' };
		expect(astroRedirects(r, '/')).toEqual(r);
		expect(astroRedirects(r, '/skills/')).toEqual({ '/concepts/old/': '/skills/concepts/new/' });
		expect(redirectsFile(r, '/skills/').split('\n').slice(1)).toEqual([
			'/skills/concepts/old/ /skills/concepts/new/ 301',
			'',
		]);
	});
});
