import { describe, expect, it } from 'vitest';
import {
	backlinksByCollection,
	bodyLinks,
	buildSiteIndex,
	closestId,
	formatProblems,
	type AnyEntry,
} from '../../src/lib/content/site-index';

const base = { concepts: [], sections: ['theory'], citedWorks: [], organizations: [], clusters: [] };
const concept = (id: string, data: Record<string, unknown> = {}, body = ''): AnyEntry =>
	({
		collection: 'concepts',
		id,
		filePath: `content/concepts/${id}.mdx`,
		data: { ...base, related: [], aliases: [], title: id, summary: 'x.', theme: 'foundations', ...data },
		body,
	}) as unknown as AnyEntry;
const section = (id: string): AnyEntry => ({ collection: 'paperSections', id, data: {} }) as unknown as AnyEntry;
const source = (id: string): AnyEntry =>
	({ collection: 'sources', id, data: { sections: ['theory'] } }) as unknown as AnyEntry;
const lesson = (id: string, data: Record<string, unknown>): AnyEntry =>
	({
		collection: 'lessons',
		id,
		filePath: `content/lessons/${id}.mdx`,
		data: { ...base, recommendations: [], relatedLessons: [], ...data },
	}) as unknown as AnyEntry;
const caseEntry = (id: string): AnyEntry =>
	({ collection: 'cases', id, data: { ...base, comparison: { upgrading: [] } } }) as unknown as AnyEntry;

describe('buildSiteIndex', () => {
	it('accepts content whose references all exist', () => {
		const index = buildSiteIndex([
			section('theory'),
			concept('joint-action', { related: ['collective-efficiency'] }),
			concept('collective-efficiency', { concepts: ['joint-action'] }),
		]);
		expect(index.problems).toEqual([]);
	});

	it('reports an unknown concept tag with the file and a suggestion', () => {
		const index = buildSiteIndex([
			section('theory'),
			concept('joint-action'),
			concept('upgrading', { concepts: ['joint-actoin'] }),
		]);
		expect(index.problems).toHaveLength(1);
		expect(index.problems[0].file).toBe('content/concepts/upgrading.mdx');
		expect(index.problems[0].message).toContain('concepts: unknown concept "joint-actoin"');
		expect(index.problems[0].message).toContain('did you mean "joint-action"');
	});

	it('reports unknown sections, sources, cases and body links', () => {
		const index = buildSiteIndex([
			section('theory'),
			caseEntry('sialkot'),
			concept(
				'a',
				{ sections: ['theory', 'no-such-section'], citedWorks: ['nobody-1999'] },
				'See [x](cases:ludhiana).',
			),
			lesson('l', { case: 'sinos-valley' }),
		]);
		const messages = index.problems.map((p) => `${p.file}: ${p.message}`);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringContaining('content/concepts/a.mdx: sections: unknown paper section "no-such-section"'),
				expect.stringContaining('citedWorks: unknown cited work "nobody-1999"'),
				expect.stringContaining('body: unknown case study "ludhiana"'),
				expect.stringContaining('content/lessons/l.mdx: case: unknown case study "sinos-valley"'),
			]),
		);
	});

	it('checks the kinds of upgrading named in a case comparison', () => {
		const sialkot = caseEntry('sialkot');
		(sialkot.data as { comparison: { upgrading: string[] } }).comparison.upgrading = ['process-upgrading'];
		const index = buildSiteIndex([section('theory'), sialkot]);
		expect(index.problems[0].message).toContain('comparison.upgrading: unknown concept "process-upgrading"');
	});

	it('rejects an entry that lists itself as related', () => {
		const index = buildSiteIndex([section('theory'), concept('a', { related: ['a'] })]);
		expect(index.problems[0].message).toContain('cannot reference itself');
	});

	it('computes backlinks once, for tags, related concepts and body links', () => {
		const index = buildSiteIndex([
			section('theory'),
			source('marshall-1920'),
			concept('external-economies', { citedWorks: ['marshall-1920'] }),
			concept('industrial-atmosphere', { related: ['external-economies'] }, 'From [Marshall](sources:marshall-1920).'),
			lesson('sialkot-x', { concepts: ['external-economies'], case: 'sialkot' }),
			caseEntry('sialkot'),
		]);
		expect(index.problems).toEqual([]);
		expect(backlinksByCollection(index, 'concepts', 'external-economies')).toEqual({
			concepts: ['industrial-atmosphere'],
			lessons: ['sialkot-x'],
		});
		expect(backlinksByCollection(index, 'sources', 'marshall-1920')).toEqual({
			concepts: ['external-economies', 'industrial-atmosphere'],
		});
		const via = index.links.filter((l) => l.to === 'sources/marshall-1920').map((l) => l.via);
		expect(via.sort()).toEqual(['body', 'citedWorks']);
		// The same links, grouped by target once.
		expect(
			index.incoming
				.get('sources/marshall-1920')
				?.map((l) => `${l.from} ${l.via}`)
				.sort(),
		).toEqual(['concepts/external-economies citedWorks', 'concepts/industrial-atmosphere body']);
		expect(index.incoming.get('concepts/industrial-atmosphere')).toBeUndefined();
	});
});

describe('helpers', () => {
	it('finds content links in a body, ignoring ordinary links', () => {
		expect(
			bodyLinks('A [b](concepts:joint-action#x), [c](https://example.org), [d](paper:theory) and [e](glossary:sima).'),
		).toEqual([
			{ collection: 'concepts', id: 'joint-action' },
			{ collection: 'paperSections', id: 'theory' },
			{ collection: 'organizations', id: 'sima' },
		]);
	});
	it('reads links from the Markdown tree: with a title, reference-style, never inside code', () => {
		const body = [
			'A link [with a title](concepts:joint-action "Joint action") and a [reference link][ref].',
			'',
			'Inline code `[not a link](concepts:in-inline-code)` is text.',
			'',
			'```md',
			'[not a link either](concepts:in-a-code-block)',
			'```',
			'',
			'[ref]: cases:sialkot',
		].join('\n');
		expect(bodyLinks(body)).toEqual([
			{ collection: 'concepts', id: 'joint-action' },
			{ collection: 'cases', id: 'sialkot' },
		]);
	});
	it('suggests only close ids', () => {
		expect(closestId('upgradin', ['upgrading', 'joint-action'])).toBe('upgrading');
		expect(closestId('zzzzzz', ['upgrading', 'joint-action'])).toBeUndefined();
	});
	it('groups problems by file in one message', () => {
		const text = formatProblems([
			{ file: 'content/b.mdx', message: 'two' },
			{ file: 'content/a.mdx', message: 'one' },
			{ file: 'content/b.mdx', message: 'three' },
		]);
		expect(text).toBe(
			'The content has 3 broken reference(s):\n  content/a.mdx\n    - one\n  content/b.mdx\n    - two\n    - three',
		);
	});
});
