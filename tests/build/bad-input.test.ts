/**
 * Real builds of the fixture site: it builds, keeps renamed entries' old
 * addresses as redirects (at the root and under a base path), and a warm
 * rebuild starts no browser; and bad input fails the build with a message
 * naming the file and the problem. A fixture build is slow, so each
 * failure here shows what only a build can: that the check at one stage of
 * the build (the content folder read at setup, entries loaded against their
 * schemas and checked against each other, MDX compiled with real Mermaid,
 * the built pages' links) is wired in and stops it. The messages of every
 * check are unit-tested where their logic runs alone: tests/unit/site-index,
 * markdown-plugins, link-check, redirects, site-config, named-entries,
 * schemas and paths.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { afterEach, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import {
	failedFixtureBuild,
	minimalContent,
	removeFixtureSites,
	successfulFixtureBuild,
} from '../helpers/fixture-site';

afterEach(removeFixtureSites);

const alpha = 'content/concepts/alpha-concept.mdx';
const renamedAlpha = {
	'content/redirects.json': JSON.stringify({ redirects: { '/concepts/old-alpha/': '/concepts/alpha-concept/' } }),
};

/** Where a redirect page sends the reader: the URL of its `<meta http-equiv="refresh">`. */
function refreshTarget(page: Root): string | undefined {
	const refresh = selectAll('meta[http-equiv]', page).find(
		(m) => String(m.properties.httpEquiv).toLowerCase() === 'refresh',
	);
	return refresh && /url=(.*)$/i.exec(String(refresh.properties.content))?.[1];
}

describe('the fixture site', () => {
	it('builds, writes a redirect page at a renamed entry’s old address, and rebuilds warm without a browser', () => {
		const { site, output } = successfulFixtureBuild(renamedAlpha);
		expect(output).toContain('links: every internal link and anchor resolves');
		expect(refreshTarget(site.html('dist/concepts/old-alpha/index.html'))).toBe('/concepts/alpha-concept/');
		const second = site.build();
		expect(second.code, second.output).toBe(0);
		expect(second.output).toMatch(/diagrams: 2 drawn, 4 SVGs from cache, 0 SVGs rendered, browser launches: 0/);
	});

	it('under a base path, puts the base on the redirect page, _redirects, every link and the sitemap', () => {
		const { site, output } = successfulFixtureBuild(renamedAlpha, {
			SITE_BASE: '/skills/',
			SITE_URL: 'https://skills.example.net',
		});
		expect(output).toContain('links: every internal link and anchor resolves');
		expect(refreshTarget(site.html('dist/concepts/old-alpha/index.html'))).toBe('/skills/concepts/alpha-concept/');
		expect(site.read('dist/_redirects').split('\n')).toContain(
			'/skills/concepts/old-alpha/ /skills/concepts/alpha-concept/ 301',
		);
		expect(
			select('a[href="/skills/concepts/alpha-concept/"]', site.html('dist/concepts/beta-concept/index.html')),
		).toBeTruthy();
		const sitemap = new XMLParser({ isArray: (name) => name === 'url' }).parse(site.read('dist/sitemap-0.xml')) as {
			urlset: { url: { loc: string }[] };
		};
		expect(sitemap.urlset.url.map((u) => u.loc)).toContain('https://skills.example.net/skills/concepts/alpha-concept/');
	});
});

describe('bad input fails the build, naming the file and the reason', () => {
	it('at setup: two entries with the same id', () => {
		const beta = readFileSync(join(minimalContent, 'concepts', 'beta-concept.mdx'), 'utf8');
		const output = failedFixtureBuild({ 'content/concepts/beta-concept.md': beta });
		expect(output).toContain('duplicate id "beta-concept" in concepts');
		expect(output).toContain('content/concepts/beta-concept.md and content/concepts/beta-concept.mdx');
	});

	it('loading entries: a field of the wrong type', () => {
		const output = failedFixtureBuild({
			'content/lessons/sialkot-fixture-lesson.mdx': (text) => text.replace('order: 1', 'order: first'),
		});
		expect(output).toContain('content/lessons/sialkot-fixture-lesson.mdx');
		expect(output).toMatch(/order/);
		expect(output).toMatch(/Expected type `"number"`, received `"string"`/);
	});

	it('checking entries against each other: an unknown concept tag', () => {
		const output = failedFixtureBuild({
			[alpha]: (text) => text.replace('concepts: [beta-concept]', 'concepts: [beta-concept, gamma-concept]'),
		});
		expect(output).toContain('content/concepts/alpha-concept.mdx');
		expect(output).toContain('concepts: unknown concept "gamma-concept"');
	});

	it('compiling MDX: a broken internal link', () => {
		const output = failedFixtureBuild({
			[alpha]: (text) => text.replace('(concepts:beta-concept#details)', '(concepts:beta-concpet)'),
		});
		expect(output).toContain('content/concepts/alpha-concept.mdx:');
		expect(output).toContain('broken link "concepts:beta-concpet"');
		expect(output).toContain('did you mean "beta-concept"');
	});

	it('drawing diagrams: an invalid Mermaid diagram, as Mermaid itself reports it', () => {
		const output = failedFixtureBuild({
			[alpha]: (text) => text.replace('A[Alpha] --> B[Beta]', 'A[Alpha] --> B[Beta\n  C -->'),
		});
		expect(output).toMatch(/content\/concepts\/alpha-concept\.mdx:\d+: invalid Mermaid diagram: /);
		expect(output).toMatch(/Parse error|Expecting|error/i);
	});

	it('checking the built pages: a link to a missing anchor', () => {
		const output = failedFixtureBuild({
			[alpha]: (text) => text.replace('(concepts:beta-concept#details)', '(concepts:beta-concept#no-such-heading)'),
		});
		expect(output).toContain('content/concepts/alpha-concept.mdx (page /concepts/alpha-concept/)');
		expect(output).toContain('no element with id "no-such-heading" on /concepts/beta-concept/');
	});
});
