import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { remarkEntryLinks } from '../../src/markdown/remark-entry-links';
import {
	chooseDrawings,
	diagramFigure,
	minPrintedTextPt,
	printedTextPt,
	fitOf,
	diagramLabels,
	diagramType,
	flowchartDirection,
	otherOrientation,
	remarkMermaid,
} from '../../src/diagrams/remark-mermaid';
import {
	darkThemeOnly,
	diagramSizeRules,
	minReadableWidth,
	sameDrawing,
	serveDiagram,
	type ServedDiagram,
} from '../../src/diagrams/diagram-svg';
import { DiagramError, type DrawingStyle, type MermaidRenderer } from '../../src/diagrams/mermaid-renderer';

const ids: Record<string, string[]> = {
	concepts: ['joint-action', 'upgrading'],
	cases: ['sialkot'],
	'paper-sections': ['theory'],
};
const idsIn = (folder: string) => new Set(ids[folder] ?? []);
const tree = (url: string): Root => ({
	type: 'root',
	children: [
		{
			type: 'paragraph',
			children: [
				{
					type: 'link',
					url,
					children: [{ type: 'text', value: 'x' }],
					position: { start: { line: 7, column: 1 }, end: { line: 7, column: 9 } },
				},
			],
		},
	],
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
		expect(() => run('/concepts/joint-action/')).toThrow(
			/content\/concepts\/a\.mdx:7: link "\/concepts\/joint-action\/" is a hand-written site path/,
		);
	});
	it('fails on a mistyped scheme, naming file, line and the scheme meant', () => {
		expect(() => run('concept:joint-action')).toThrow(
			/content\/concepts\/a\.mdx:7: link "concept:joint-action" has an unknown scheme "concept:" \(did you mean "concepts:"\?\)/,
		);
		expect(() => run('htps://www.ilo.org/')).toThrow(/did you mean "https:"/);
		expect(() => run('gopher:thing')).toThrow(/unknown scheme "gopher:"\. Links use one of concepts:, cases:/);
	});
	it('accepts the external schemes http, https, mailto and tel', () => {
		for (const url of ['http://example.org/', 'mailto:someone@example.org', 'tel:+41227996111'])
			expect(run(url)).toBe(url);
	});
	it('rewrites reference-style link definitions too', () => {
		const t: Root = {
			type: 'root',
			children: [{ type: 'definition', identifier: 'r', label: 'r', url: 'cases:sialkot', title: null }],
		};
		remarkEntryLinks({ idsIn, root: '/site' })(t, new VFile({ path: '/site/content/concepts/a.mdx' }));
		expect((t.children[0] as { url: string }).url).toBe('/cases/sialkot/');
	});
	it('fails on a malformed content link', () => {
		expect(() => run('cases:Sialkot')).toThrow(/malformed content link "cases:Sialkot"/);
	});
});

/** A fake drawing in both themes, `width` px wide with 16 px text, its first node ending `firstNodeRight` units from its left. */
const drawing = (id: string, width: number, firstNodeRight = 0) => {
	const one = (theme: string): ServedDiagram => ({
		id: `${id}-${theme}`,
		svg: `<svg id="${id}-${theme}"></svg>`,
		styleClass: 's',
		css: '',
		width,
		height: 100,
		minFontPx: 16,
		firstNodeRight,
	});
	return { light: one('light'), dark: one('dark'), shared: false };
};

describe('diagram labels and figure', () => {
	it('reads accTitle and a one-line or block accDescr', () => {
		expect(diagramLabels('flowchart LR\n  accTitle: T\n  accDescr: D one\n  A-->B')).toEqual({
			title: 'T',
			description: 'D one',
		});
		expect(
			diagramLabels('flowchart LR\n accTitle: T\n accDescr {\n  line one\n  line two\n }\n A-->B').description,
		).toBe('line one line two');
		expect(diagramLabels('flowchart LR\n A-->B')).toEqual({ title: undefined, description: undefined });
	});
	it('holds both themes, the caption and an escaped description', () => {
		const html = diagramFigure([drawing('l', 300)], 'A & B', 'x < y');
		expect(html).toContain('<figcaption class="diagram-title" id="caption-l-light">A &amp; B</figcaption>');
		expect(html).toContain('<svg id="l-light"></svg>');
		expect(html).toContain('<svg id="l-dark"></svg>');
		expect(html).toContain(
			'class="diagram-svg diagram-light" tabindex="0" role="group" aria-labelledby="caption-l-light"',
		);
		expect(html).not.toContain('diagram-when-');
		expect(html).toContain('<p>x &lt; y</p>');
	});
	it('carries one SVG for both themes when only the colours differ', () => {
		const light = {
			...drawing('x', 300).light,
			id: 'm',
			svg: '<svg id="m" class="mermaid-style-a"><g/></svg>',
			styleClass: 'mermaid-style-a',
		};
		const dark = { ...light, svg: '<svg id="m" class="mermaid-style-b"><g/></svg>', styleClass: 'mermaid-style-b' };
		expect(sameDrawing(light, dark)).toBe(true);
		expect(sameDrawing(light, { ...dark, svg: '<svg id="m" class="mermaid-style-b"><g fill="red"/></svg>' })).toBe(
			false,
		);
		const html = diagramFigure([{ light, dark, shared: true }], 'T', 'D');
		expect(html).toContain('<svg id="m" class="mermaid-style-a mermaid-style-b">');
		expect(html).not.toContain('diagram-light');
		expect(darkThemeOnly('.b{fill:#000}')).toContain("@media screen{:root[data-theme='dark']{.b{fill:#000}}}");
		expect(darkThemeOnly('.b{fill:#000}')).toContain('@media screen and (prefers-color-scheme: dark)');
	});
	it('prints the text description under a drawing whose text prints under 8 pt once scaled to the page', () => {
		// 16 px text, scaled to a page 215 mm tall: a 13-step flowchart 1,563 px tall prints it at about 6 pt.
		const tall = drawing('tall', 600);
		for (const d of [tall.light, tall.dark]) d.height = 1563;
		expect(printedTextPt(tall.light)).toBeCloseTo(6.2, 1);
		expect(diagramFigure([tall], 'T', 'D')).toContain('<figure class="diagram diagram-prints-small">');
		// 16 px text at its natural size (12 pt), or scaled to the page's width down to 8 pt: no need.
		expect(printedTextPt(drawing('short', 300).light)).toBe(12);
		expect(diagramFigure([drawing('short', 300)], 'T', 'D')).toContain('<figure class="diagram">');
		expect(printedTextPt(drawing('wide', 900).light)).toBeGreaterThanOrEqual(minPrintedTextPt);
	});
	it('shows a top-down drawing on narrow screens when the left-to-right one is too wide', () => {
		const html = diagramFigure([drawing('lr', 800), drawing('td', 400)], 'T', 'D');
		expect(html).toContain('<svg id="lr-light"></svg>');
		expect(html).toContain('diagram-light diagram-when-wide');
		expect(html).toContain('diagram-light diagram-when-narrow');
	});
	it('chooses one drawing for both widths where one fits both, and otherwise one that opens on its start', () => {
		const fit = (readable: number, start = 0) => ({ readable, start });
		// The author's direction fits the desktop column and the phone: it serves both, once.
		expect(chooseDrawings([fit(300), fit(200)])).toEqual({ wide: 0, narrow: 0 });
		// It fits the desktop only: the phone gets the narrowest drawing that fits it.
		expect(chooseDrawings([fit(600), fit(330), fit(250)])).toEqual({ wide: 0, narrow: 2 });
		// Too wide for the desktop column too: the narrower drawing serves both.
		expect(chooseDrawings([fit(1200), fit(400)])).toEqual({ wide: 1, narrow: 1 });
		// Nothing fits a phone: the narrowest that opens on its first node, even if another is narrower.
		expect(chooseDrawings([fit(600, 120), fit(500, 400), fit(450, 360)])).toEqual({ wide: 0, narrow: 0 });
		expect(chooseDrawings([fit(600, 120), fit(500, 300)])).toEqual({ wide: 0, narrow: 1 });
		expect(chooseDrawings([fit(700, 120), fit(500, 100), fit(450, 360)])).toEqual({ wide: 2, narrow: 1 });
		// A drawing scrolled on a phone is shown at its narrowest readable size: its start is measured at that scale.
		expect(fitOf(drawing('x', 800, 400))).toEqual({ readable: 601, start: 301 });
		expect(fitOf(drawing('x', 200, 100))).toEqual({ readable: 151, start: 76 });
		// None opens on its start: the narrowest.
		expect(chooseDrawings([fit(700, 400), fit(500, 400)])).toEqual({ wide: 1, narrow: 1 });
	});
	it('turns a flowchart to the other orientation and leaves other diagrams alone', () => {
		expect(otherOrientation('flowchart LR\n  A-->B')).toBe('flowchart TD\n  A-->B');
		expect(otherOrientation('  graph TB\nA-->B')).toBe('  graph LR\nA-->B');
		expect(otherOrientation('xychart-beta\n  x-axis [a]')).toBeUndefined();
		expect(flowchartDirection('flowchart RL\n  A-->B')).toBe('across');
		expect(flowchartDirection('graph BT\n  A-->B')).toBe('down');
		expect(flowchartDirection('xychart-beta\n  x-axis [a]')).toBeUndefined();
		expect(diagramType('\n timeline\n  2001 : x')).toBe('timeline');
	});
});

describe('served diagram SVG', () => {
	const raw =
		'<svg id="mermaid-abc" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 300px;" viewBox="0 0 300 100">' +
		'<style>#mermaid-abc{font-size:16px;}#mermaid-abc .edgeLabel rect{fill:#eee;}</style>' +
		'<g><rect class="background" style="stroke: none" width="10" height="10"/><text style="">Hi</text></g></svg>';
	const served = serveDiagram(raw, { minFontPx: 16, firstNodeRight: 120.04 });
	it('moves the stylesheet out, rescoped to a class on the SVG', () => {
		expect(served.css).toBe(`.${served.styleClass}{font-size:16px;}.${served.styleClass} .edgeLabel rect{fill:#eee;}`);
		expect(served.svg).toContain(`class="${served.styleClass}"`);
		expect(served.svg).not.toContain('<style');
		expect(served.svg).not.toContain('style=');
		expect(served.svg).toContain('<rect');
		expect(served.svg).toContain('stroke="none"');
		expect(served).toMatchObject({ id: 'mermaid-abc', width: 300, height: 100, minFontPx: 16, firstNodeRight: 120 });
	});
	it('sizes the diagram so that its smallest text stays readable', () => {
		expect(minReadableWidth({ width: 300, minFontPx: 16 })).toBe(226);
		const rules = diagramSizeRules({ id: 'm', width: 300, minFontPx: 16 });
		expect(rules).toContain('#m{width:300px}');
		// The floor holds on screens only: on paper the drawing is scaled to the page.
		expect(rules).toContain('@media screen{#m{min-width:226px}}');
		expect(rules.replace('@media screen{#m{min-width:226px}}', '')).not.toContain('min-width');
		// Text drawn smaller than 12 px: the diagram is drawn larger than its natural size.
		const small = diagramSizeRules({ id: 'm', width: 300, minFontPx: 10 });
		expect(small).toContain('#m{width:361px}');
		expect(small).toContain('@media screen{#m{min-width:361px}}');
	});
});

describe('remarkMermaid', () => {
	const code = (value: string): Root => ({
		type: 'root',
		children: [
			{
				type: 'code',
				lang: 'mermaid',
				value,
				position: { start: { line: 12, column: 1 }, end: { line: 16, column: 1 } },
			},
		],
	});
	const fakeRenderer = (impl: (c: string, style?: DrawingStyle) => Promise<ReturnType<typeof drawing>>) =>
		({ render: impl }) as unknown as MermaidRenderer;
	const file = new VFile({ path: '/site/content/cases/x.mdx' });

	it('replaces the block with the rendered figure, drawn in both orientations', async () => {
		const t = code('flowchart LR\naccTitle: T\naccDescr: D\nA-->B');
		const drawn: string[] = [];
		const renderer = fakeRenderer(
			async (c, style) => (
				drawn.push(`${style ?? 'author'}: ${c}`),
				drawing(c.startsWith('flowchart LR') ? 'lr' : 'td', 300)
			),
		);
		await remarkMermaid({ renderer, root: '/site' })(t, file);
		// The top-down drawing fits a phone: no narrowest one is needed.
		expect(drawn).toEqual([
			'compact: flowchart TD\naccTitle: T\naccDescr: D\nA-->B',
			'author: flowchart LR\naccTitle: T\naccDescr: D\nA-->B',
		]);
		expect(t.children[0]).toMatchObject({ type: 'html' });
		expect((t.children[0] as { value: string }).value).toContain('<svg id="lr-light">');
	});
	it('draws a top-down flowchart at its narrowest when the compact drawing is too wide for a phone', async () => {
		const t = code('flowchart TD\naccTitle: T\naccDescr: D\nA-->B');
		const drawn: string[] = [];
		const widths: Record<string, number> = { compact: 600, narrowest: 420, author: 900 };
		const renderer = fakeRenderer(
			async (_code, style = 'author') => (drawn.push(style), drawing(style, widths[style])),
		);
		await remarkMermaid({ renderer, root: '/site' })(t, file);
		expect(drawn).toEqual(['compact', 'narrowest', 'author']);
		const html = (t.children[0] as { value: string }).value;
		// The compact drawing on a desktop, the narrowest (420 units, readable at 316 px) on a phone.
		expect(html).toContain('<figcaption class="diagram-title" id="caption-compact-light">');
		expect(html).toMatch(/diagram-when-wide[^>]*>.*<svg id="compact-light">/);
		expect(html).toMatch(/diagram-when-narrow[^>]*>.*<svg id="narrowest-light">/);
		// A narrowest drawing that still does not fit a phone is not worth a second copy.
		widths.narrowest = 500;
		const again = code('flowchart TD\naccTitle: T\naccDescr: D\nA-->B');
		await remarkMermaid({ renderer, root: '/site' })(again, file);
		expect((again.children[0] as { value: string }).value).not.toContain('narrowest-light');
	});
	it('rejects a Mermaid timeline, whose text would be unreadable on a phone', async () => {
		const t = code('timeline\naccTitle: T\naccDescr: D\n2001 : x');
		await expect(
			remarkMermaid({ renderer: fakeRenderer(async () => drawing('x', 1)), root: '/site' })(t, file),
		).rejects.toThrow('content/cases/x.mdx:12: Mermaid timelines shrink to unreadable text');
	});
	it('requires a title and a description', async () => {
		const t = code('flowchart LR\nA-->B');
		await expect(
			remarkMermaid({ renderer: fakeRenderer(async () => drawing('x', 1)), root: '/site' })(t, file),
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
