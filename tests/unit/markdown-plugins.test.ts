import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { remarkEntryLinks } from '../../src/build/remark-entry-links';
import { diagramFigure, diagramLabels, remarkMermaid } from '../../src/build/remark-mermaid';
import { DiagramError, type MermaidRenderer } from '../../src/build/mermaid-renderer';

const ids: Record<string, string[]> = { concepts: ['joint-action', 'upgrading'], cases: ['sialkot'], 'paper-sections': ['theory'] };
const idsIn = (folder: string) => new Set(ids[folder] ?? []);
const tree = (url: string): Root => ({
	type: 'root',
	children: [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: 'x' }], position: { start: { line: 7, column: 1 }, end: { line: 7, column: 9 } } }] }],
});
const run = (url: string) => {
	const t = tree(url);
	remarkEntryLinks({ idsIn, root: '/site' })(t, new VFile({ path: '/site/content/concepts/a.mdx' }));
	return (t.children[0] as { children: { url: string }[] }).children[0].url;
};

describe('remarkEntryLinks', () => {
	it('turns content links into site URLs', () => {
		expect(run('concepts:joint-action')).toBe('/concepts/joint-action/');
		expect(run('concepts:upgrading#three-kinds')).toBe('/concepts/upgrading/#three-kinds');
		expect(run('paper:theory')).toBe('/paper/#theory');
	});
	it('leaves external links alone', () => {
		expect(run('https://www.ilo.org/')).toBe('https://www.ilo.org/');
		expect(run('#local-heading')).toBe('#local-heading');
	});
	it('fails on an unknown id, naming file, line and a suggestion', () => {
		expect(() => run('concepts:joint-actoin')).toThrow(
			'content/concepts/a.mdx:7: broken link "concepts:joint-actoin": there is no concepts entry "joint-actoin" (did you mean "joint-action"?).',
		);
	});
	it('fails on a hand-written site path', () => {
		expect(() => run('/concepts/joint-action/')).toThrow(/content\/concepts\/a\.mdx:7: link "\/concepts\/joint-action\/" is a hand-written site path/);
	});
	it('fails on a mistyped scheme, naming file, line and the scheme meant', () => {
		expect(() => run('concept:joint-action')).toThrow(
			/content\/concepts\/a\.mdx:7: link "concept:joint-action" has an unknown scheme "concept:" \(did you mean "concepts:"\?\)/,
		);
		expect(() => run('htps://www.ilo.org/')).toThrow(/did you mean "https:"/);
		expect(() => run('gopher:thing')).toThrow(/unknown scheme "gopher:"\. Links use one of concepts:, cases:/);
	});
	it('accepts the external schemes http, https, mailto and tel', () => {
		for (const url of ['http://example.org/', 'mailto:someone@example.org', 'tel:+41227996111']) expect(run(url)).toBe(url);
	});
	it('rewrites reference-style link definitions too', () => {
		const t: Root = { type: 'root', children: [{ type: 'definition', identifier: 'r', label: 'r', url: 'cases:sialkot', title: null }] };
		remarkEntryLinks({ idsIn, root: '/site' })(t, new VFile({ path: '/site/content/concepts/a.mdx' }));
		expect((t.children[0] as { url: string }).url).toBe('/cases/sialkot/');
	});
	it('fails on a malformed content link', () => {
		expect(() => run('cases:Sialkot')).toThrow(/malformed content link "cases:Sialkot"/);
	});
});

describe('diagram labels and figure', () => {
	it('reads accTitle and a one-line or block accDescr', () => {
		expect(diagramLabels('flowchart LR\n  accTitle: T\n  accDescr: D one\n  A-->B')).toEqual({ title: 'T', description: 'D one' });
		expect(diagramLabels('flowchart LR\n accTitle: T\n accDescr {\n  line one\n  line two\n }\n A-->B').description).toBe('line one line two');
		expect(diagramLabels('flowchart LR\n A-->B')).toEqual({ title: undefined, description: undefined });
	});
	it('holds both themes, the caption and an escaped description', () => {
		const html = diagramFigure({ light: '<svg id="l"></svg>', dark: '<svg id="d"></svg>' }, 'A & B', 'x < y');
		expect(html).toContain('<figcaption class="diagram-title">A &amp; B</figcaption>');
		expect(html).toContain('<div class="diagram-svg diagram-light"><svg id="l"></svg></div>');
		expect(html).toContain('<div class="diagram-svg diagram-dark"><svg id="d"></svg></div>');
		expect(html).toContain('<p>x &lt; y</p>');
	});
});

describe('remarkMermaid', () => {
	const code = (value: string): Root => ({
		type: 'root',
		children: [{ type: 'code', lang: 'mermaid', value, position: { start: { line: 12, column: 1 }, end: { line: 16, column: 1 } } }],
	});
	const fakeRenderer = (impl: (c: string) => Promise<{ light: string; dark: string }>) => ({ render: impl }) as unknown as MermaidRenderer;
	const file = new VFile({ path: '/site/content/cases/x.mdx' });

	it('replaces the block with the rendered figure', async () => {
		const t = code('flowchart LR\naccTitle: T\naccDescr: D\nA-->B');
		await remarkMermaid({ renderer: fakeRenderer(async () => ({ light: '<svg>L</svg>', dark: '<svg>D</svg>' })), root: '/site' })(t, file);
		expect(t.children[0]).toMatchObject({ type: 'html' });
		expect((t.children[0] as { value: string }).value).toContain('<svg>L</svg>');
	});
	it('requires a title and a description', async () => {
		const t = code('flowchart LR\nA-->B');
		await expect(
			remarkMermaid({ renderer: fakeRenderer(async () => ({ light: '', dark: '' })), root: '/site' })(t, file),
		).rejects.toThrow('content/cases/x.mdx:12: every diagram needs an accessible title and description');
	});
	it("reports Mermaid's message with the file and line", async () => {
		const t = code('flowchart LR\naccTitle: T\naccDescr: D\nA-->');
		const failing = fakeRenderer(async () => {
			throw new DiagramError('Parse error on line 4');
		});
		await expect(remarkMermaid({ renderer: failing, root: '/site' })(t, file)).rejects.toThrow(
			'content/cases/x.mdx:12: invalid Mermaid diagram: Parse error on line 4',
		);
	});
});
