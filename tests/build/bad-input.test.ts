/**
 * Bad input must fail the real build with a message that names the file and
 * the problem. Each test builds a small fixture site with one defect.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';

let site: FixtureSite | undefined;
afterEach(() => {
	site?.remove();
	site = undefined;
});

/** Builds the fixture after `change`, expects failure, returns the output. */
function failingBuild(change: (s: FixtureSite) => void): string {
	site = createFixtureSite();
	change(site);
	const { code, output } = site.build();
	expect(code, output).not.toBe(0);
	return output;
}

const alpha = 'content/concepts/alpha-concept.mdx';
const edit = (s: FixtureSite, path: string, from: string | RegExp, to: string) => {
	const before = s.read(path);
	const after = before.replace(from, to);
	expect(after, `fixture edit did not apply to ${path}`).not.toBe(before);
	s.write(path, after);
};

describe('the fixture site', () => {
	it('builds when nothing is wrong, and a warm rebuild starts no browser', () => {
		site = createFixtureSite();
		const first = site.build();
		expect(first.code, first.output).toBe(0);
		expect(first.output).toContain('links: every internal link and anchor resolves');
		const second = site.build();
		expect(second.code, second.output).toBe(0);
		expect(second.output).toMatch(/diagrams: 2 drawn, 4 SVGs from cache, 0 SVGs rendered, browser launches: 0/);
	});
});

describe('renamed entries', () => {
	it('keep their old address as a redirect to the new one', () => {
		site = createFixtureSite();
		site.write(
			'content/redirects.json',
			JSON.stringify({ redirects: { '/concepts/old-alpha/': '/concepts/alpha-concept/' } }),
		);
		const { code, output } = site.build();
		expect(code, output).toBe(0);
		const page = site.read('dist/concepts/old-alpha/index.html');
		expect(page).toContain('http-equiv="refresh"');
		expect(page).toContain('/concepts/alpha-concept/');
	});

	it('work under a base path: redirect page, _redirects and every link carry the base', () => {
		site = createFixtureSite();
		site.write(
			'content/redirects.json',
			JSON.stringify({ redirects: { '/concepts/old-alpha/': '/concepts/alpha-concept/' } }),
		);
		const { code, output } = site.build({ SITE_BASE: '/skills/', SITE_URL: 'https://skills.example.net' });
		expect(code, output).toBe(0);
		expect(output).toContain('links: every internal link and anchor resolves');
		expect(site.read('dist/concepts/old-alpha/index.html')).toContain('url=/skills/concepts/alpha-concept/');
		expect(site.read('dist/_redirects')).toContain('/skills/concepts/old-alpha/ /skills/concepts/alpha-concept/ 301');
		expect(site.read('dist/concepts/beta-concept/index.html')).toContain('href="/skills/concepts/alpha-concept/"');
		expect(site.read('dist/sitemap-0.xml')).toContain(
			'<loc>https://skills.example.net/skills/concepts/alpha-concept/</loc>',
		);
	});

	it('fail the build, naming the file and the JSON problem, when the file is malformed', () => {
		const output = failingBuild((s) =>
			s.write('content/redirects.json', '{ "redirects": { "/concepts/old-alpha/": "/concepts/alpha-concept/", } }'),
		);
		expect(output).toMatch(/content\/redirects\.json: not valid JSON: .*(JSON|position|property)/);
	});

	it('fail the build when a redirect points nowhere', () => {
		const output = failingBuild((s) =>
			s.write(
				'content/redirects.json',
				JSON.stringify({ redirects: { '/concepts/old-alpha/': '/concepts/no-such-concept/' } }),
			),
		);
		expect(output).toContain('/concepts/old-alpha/');
		expect(output).toContain('no page or file at /concepts/no-such-concept/');
	});
});

describe('bad input fails the build, naming the file and the reason', () => {
	it('an invalid site address', () => {
		site = createFixtureSite();
		const { code, output } = site.build({ SITE_URL: 'skills.example.net' });
		expect(code, output).not.toBe(0);
		expect(output).toContain(
			'site.config.mjs (or SITE_URL / SITE_BASE): the site address "skills.example.net" is not a URL',
		);
	});

	it('a learning path with a unit that does not exist', () => {
		const path = [
			'---',
			'title: A fixture path',
			'summary: A learning path that names a unit the fixture does not have.',
			'audience: Readers of the fixture site.',
			'durationMinutes: 60',
			'order: 1',
			'objectives: [Explain the first thing here., Explain the second thing here., Explain the third thing here.]',
			'units:',
			'  - { unit: "concepts:alpha-concept", why: "It is the first unit of the path." }',
			'  - { unit: "cases:sialkot", why: "It is the case the exercise uses." }',
			'  - { unit: "lessons:no-such-lesson", why: "It is a unit that does not exist." }',
			'questions: [Is this question one?, Is this question two?, Is this question three?, Is this question four?, Is this question five?]',
			'exercise:',
			'  title: Compare',
			'  task: Compare the case with the concept and report what you find to the group.',
			'  material: ["cases:sialkot"]',
			'  facilitatorNotes: [Give the groups twenty minutes.]',
			'  goodAnswer: [{ point: It names the first point., sections: [sialkot] }, { point: It names the second point., sections: [theory] }]',
			'selfCheck: [{ question: Is this self-check one?, answer: Yes it is one., sections: [theory] }, { question: Is this self-check two?, answer: Yes it is two., sections: [theory] }, { question: Is this self-check three?, answer: Yes it is three., sections: [theory] }]',
			'sections: [theory]',
			'---',
			'',
			'A fixture path.',
			'',
		].join('\n');
		const output = failingBuild((s) => s.write('content/paths/fixture-path.mdx', path));
		expect(output).toContain('content/paths/fixture-path.mdx');
		expect(output).toContain('units: unknown lesson "no-such-lesson"');
	});

	it('an unknown concept tag', () => {
		const output = failingBuild((s) =>
			edit(s, alpha, 'concepts: [beta-concept]', 'concepts: [beta-concept, gamma-concept]'),
		);
		expect(output).toContain('content/concepts/alpha-concept.mdx');
		expect(output).toContain('concepts: unknown concept "gamma-concept"');
	});

	it('a missing required field', () => {
		const output = failingBuild((s) =>
			edit(s, 'content/concepts/beta-concept.mdx', 'summary: A fixture concept that is linked to.\n', ''),
		);
		expect(output).toContain('beta-concept');
		expect(output).toMatch(/summary/);
		expect(output).toMatch(/expected string|Required|required/i);
	});

	it('a field of the wrong type', () => {
		const output = failingBuild((s) =>
			edit(s, 'content/lessons/sialkot-fixture-lesson.mdx', 'order: 1', 'order: first'),
		);
		expect(output).toContain('sialkot-fixture-lesson');
		expect(output).toMatch(/order/);
		expect(output).toMatch(/Expected type `"number"`, received `"string"`/);
		expect(output).toContain('content/lessons/sialkot-fixture-lesson.mdx');
	});

	it('a broken internal link', () => {
		const output = failingBuild((s) => edit(s, alpha, '(concepts:beta-concept#details)', '(concepts:beta-concpet)'));
		expect(output).toContain('content/concepts/alpha-concept.mdx:');
		expect(output).toContain('broken link "concepts:beta-concpet"');
		expect(output).toContain('did you mean "beta-concept"');
	});

	it('a link with a mistyped scheme', () => {
		const output = failingBuild((s) => edit(s, alpha, '(concepts:beta-concept#details)', '(concept:beta-concept)'));
		expect(output).toContain('content/concepts/alpha-concept.mdx:');
		expect(output).toContain(
			'link "concept:beta-concept" has an unknown scheme "concept:" (did you mean "concepts:"?)',
		);
	});

	it('a link to a missing anchor', () => {
		const output = failingBuild((s) =>
			edit(s, alpha, '(concepts:beta-concept#details)', '(concepts:beta-concept#no-such-heading)'),
		);
		expect(output).toContain('content/concepts/alpha-concept.mdx (page /concepts/alpha-concept/)');
		expect(output).toContain('no element with id "no-such-heading" on /concepts/beta-concept/');
	});

	it('an invalid Mermaid diagram', () => {
		const output = failingBuild((s) => edit(s, alpha, 'A[Alpha] --> B[Beta]', 'A[Alpha] --> B[Beta\n  C -->'));
		expect(output).toMatch(/content\/concepts\/alpha-concept\.mdx:\d+: invalid Mermaid diagram: /);
		expect(output).toMatch(/Parse error|Expecting|error/i);
	});

	it('a diagram without an accessible title and description', () => {
		const output = failingBuild((s) => edit(s, alpha, / {2}accTitle: .*\n {2}accDescr: .*\n/, ''));
		expect(output).toMatch(/alpha-concept\.mdx:\d+: every diagram needs an accessible title and description/);
	});

	it('a page that names an entry that does not exist', () => {
		const output = failingBuild((s) => s.delete('content/concepts/absorptive-capacity.mdx'));
		// Two pages name that concept; the build stops at whichever renders first.
		expect(output).toMatch(/src\/pages\/(index|for-trainers)\.astro names entries that do not exist/);
		expect(output).toContain('unknown concepts id "absorptive-capacity"');
	});

	it('two entries with the same id', () => {
		const output = failingBuild((s) =>
			s.write('content/concepts/beta-concept.md', s.read('content/concepts/beta-concept.mdx')),
		);
		expect(output).toMatch(/beta-concept/);
		expect(output).toMatch(/content\/concepts\/beta-concept\.mdx/);
		expect(output).toMatch(/content\/concepts\/beta-concept\.md\b/);
		expect(output).toMatch(/[Dd]uplicate/);
	});
});
