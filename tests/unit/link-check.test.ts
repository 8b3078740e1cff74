import { describe, expect, it } from 'vitest';
import { findBrokenLinks, formatBrokenLinks, readPage, urlPathOf } from '../../src/integration/link-check';

const page = (path: string, html: string) => readPage(path, html);

describe('link check over the built site', () => {
	const concept = page(
		'/concepts/a/',
		'<h2 id="origins">Origins</h2><a href="/concepts/b/#details">b</a><a href="#origins">self</a>',
	);
	const other = page(
		'/concepts/b/',
		'<h2 id="details">Details</h2><a href="/concepts/a/">a</a><img src="/favicon.svg">',
	);
	const files = new Set(['/favicon.svg']);

	it('accepts links and anchors that exist', () => {
		expect(findBrokenLinks([concept, other], (p) => files.has(p))).toEqual([]);
	});
	it('reports a missing page with the source file of the linking page', () => {
		const bad = page('/concepts/c/', '<a href="/concepts/zzz/">z</a>');
		expect(findBrokenLinks([concept, other, bad], (p) => files.has(p))).toEqual([
			{
				page: '/concepts/c/',
				source: 'content/concepts/c.mdx',
				href: '/concepts/zzz/',
				reason: 'no page or file at /concepts/zzz/',
			},
		]);
	});
	it('reports a missing anchor on an existing page, and on the same page', () => {
		const bad = page('/lessons/l/', '<a href="/concepts/b/#nope">x</a><a href="#missing">y</a>');
		const broken = findBrokenLinks([concept, other, bad], (p) => files.has(p));
		expect(broken.map((b) => b.reason)).toEqual([
			'no element with id "nope" on /concepts/b/',
			'no element with id "missing" on /lessons/l/',
		]);
		expect(formatBrokenLinks(broken)).toContain('content/lessons/l.mdx (page /lessons/l/): link "/concepts/b/#nope"');
	});
	it('ignores other hosts and schemes, and strings inside scripts', () => {
		const p = page(
			'/x/',
			'<a href="https://example.org/a">e</a><a href="mailto:a@b.c">m</a><script>const u = `<a href="/nowhere/">`;</script>',
		);
		expect(findBrokenLinks([p], () => false)).toEqual([]);
	});
	it('reports an href with a scheme that is no web scheme (a mistyped content link)', () => {
		const p = page(
			'/concepts/c/',
			'<a href="concept:joint-action">j</a><a href="tel:+41227996111">t</a><a href="HTTPS://example.org/">e</a>',
		);
		expect(findBrokenLinks([p], () => false)).toEqual([
			{
				page: '/concepts/c/',
				source: 'content/concepts/c.mdx',
				href: 'concept:joint-action',
				reason: 'unknown scheme "concept:"',
			},
		]);
	});
	it('resolves links under the base path the site is served under', () => {
		const a = page(
			'/concepts/a/',
			'<h2 id="o">O</h2><a href="/skills/concepts/b/#d">b</a><a href="../b/">rel</a><img src="/skills/favicon.svg">',
		);
		const b = page('/concepts/b/', '<h2 id="d">D</h2><a href="/concepts/a/">missing base</a>');
		const broken = findBrokenLinks([a, b], (p) => p === '/favicon.svg', '/skills/');
		expect(broken.map((x) => `${x.page} ${x.href}: ${x.reason}`)).toEqual([
			'/concepts/b/ /concepts/a/: /concepts/a/ is outside the base path /skills/ the site is served under',
		]);
	});
	it('reads links as an HTML parser does: any quoting, entities, upper-case tags', () => {
		const p = page(
			'/x/',
			`<A HREF='/concepts/zzz/'>q</A><a href=/lessons/zzz/>u</a><a href="/concepts/a/#o&amp;p">e</a><h2 id='o&amp;p'>O</h2>`,
		);
		expect(p.hrefs).toEqual(['/concepts/zzz/', '/lessons/zzz/', '/concepts/a/#o&p']);
		expect(p.ids).toEqual(new Set(['o&p']));
		expect(findBrokenLinks([p], () => false).map((b) => b.href)).toEqual([
			'/concepts/zzz/',
			'/lessons/zzz/',
			'/concepts/a/#o&p',
		]);
	});
	it('maps dist files to URL paths', () => {
		expect(urlPathOf('index.html')).toBe('/');
		expect(urlPathOf('concepts/a/index.html')).toBe('/concepts/a/');
		expect(urlPathOf('404.html')).toBe('/404.html');
	});
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileNameProblems } from '../../src/markdown/content-ids';

describe('content file names', () => {
	const make = (files: string[]) => {
		const dir = mkdtempSync(join(tmpdir(), 'content-'));
		for (const f of files) {
			mkdirSync(join(dir, f, '..'), { recursive: true });
			writeFileSync(join(dir, f), '');
		}
		return dir;
	};
	it('accepts distinct slug names and ignores other files', () => {
		expect(
			fileNameProblems(
				make([
					'concepts/joint-action.mdx',
					'concepts/upgrading.mdx',
					'concepts/notes.txt',
					'sources/marshall-1920.yaml',
				]),
			),
		).toEqual([]);
	});
	it('reports two files with the same id', () => {
		expect(fileNameProblems(make(['concepts/joint-action.mdx', 'concepts/joint-action.md']))).toEqual([
			'duplicate id "joint-action" in concepts: content/concepts/joint-action.md and content/concepts/joint-action.mdx would both be /concepts/joint-action/; keep one',
		]);
	});
	it('names the address the two files would share, in the glossary too', () => {
		expect(fileNameProblems(make(['organizations/sima.yaml', 'organizations/sima.yml']))).toEqual([
			'duplicate id "sima" in organizations: content/organizations/sima.yaml and content/organizations/sima.yml would both be /glossary/sima/; keep one',
		]);
		expect(fileNameProblems(make(['clusters/sialkot.yaml', 'clusters/Sialkot.yaml']))[1]).toContain(
			'would both have the id "sialkot"',
		);
	});
	it('reports a file name that is not a valid id', () => {
		const problems = fileNameProblems(make(['cases/Sinos Valley.mdx']));
		expect(problems[0]).toContain("content/cases/Sinos Valley.mdx: the file name is the entry's id and URL");
	});
});
