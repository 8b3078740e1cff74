import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { conceptGraph, neighbourhood, sharedUseCounts, type GraphConcept } from '../../src/lib/content/concept-graph';
import { conceptMapSvg, layoutConceptMap, mapDrawings, themeShapes } from '../../src/lib/drawing/graph-svg';
import { layoutGraph, seededRandom } from '../../src/lib/drawing/graph-layout';
import { neighbourhoodSvg } from '../../src/lib/drawing/neighbourhood-svg';
import { wrapLabel } from '../../src/lib/drawing/svg-geometry';
import { conceptThemes, type ConceptTheme } from '../../src/schemas/concept';

const concept = (id: string, theme: ConceptTheme, related: string[] = []): GraphConcept => ({
	id,
	title: `Concept ${id}`,
	theme,
	related,
});

describe('conceptGraph', () => {
	const concepts = [
		concept('a', 'foundations', ['b']),
		concept('b', 'foundations', ['a', 'c']),
		concept('c', 'upgrading-and-learning'),
		concept('d', 'interventions-and-actors'),
	];

	it('makes related undirected and counts each pair once', () => {
		const graph = conceptGraph(concepts, []);
		expect(graph.edges).toEqual([
			{ a: 'a', b: 'b', kind: 'related', sharedUse: 0 },
			{ a: 'b', b: 'c', kind: 'related', sharedUse: 0 },
		]);
	});

	it('adds a shared-use edge only from the threshold on, and never doubles a related pair', () => {
		const tags = [
			['c', 'd', 'a'],
			['d', 'c'],
			['a', 'b'],
			['a', 'b', 'b'],
		];
		expect(sharedUseCounts(tags).size).toBe(4);
		const below = conceptGraph(concepts, tags, 3);
		expect(below.edges.filter((e) => e.kind === 'shared')).toEqual([]);
		const at = conceptGraph(concepts, tags, 2);
		expect(at.edges.filter((e) => e.kind === 'shared')).toEqual([{ a: 'c', b: 'd', kind: 'shared', sharedUse: 2 }]);
		// a–b is tagged together twice, but it is related: one related edge that knows its shared use.
		expect(at.edges.filter((e) => e.a === 'a' && e.b === 'b')).toEqual([
			{ a: 'a', b: 'b', kind: 'related', sharedUse: 2 },
		]);
	});

	it('ignores unknown ids and rejects a threshold that is not a whole number of pages', () => {
		const graph = conceptGraph(
			[concept('a', 'foundations', ['zz'])],
			[
				['a', 'zz'],
				['a', 'zz'],
			],
			1,
		);
		expect(graph.edges).toEqual([]);
		expect(() => conceptGraph(concepts, [], 0)).toThrow(/threshold/);
	});

	it('gives a concept its related and shared-use neighbours, in the order of the nodes', () => {
		const graph = conceptGraph(
			concepts,
			[
				['c', 'd'],
				['d', 'c'],
			],
			2,
		);
		expect(neighbourhood(graph, 'b')).toEqual({ related: ['a', 'c'], shared: [] });
		expect(neighbourhood(graph, 'c')).toEqual({ related: ['b'], shared: ['d'] });
		expect(neighbourhood(graph, 'd')).toEqual({ related: [], shared: ['c'] });
	});
});

/** A graph of the size of the real one: 50 concepts across the five themes. */
function bigGraph() {
	const concepts = Array.from({ length: 50 }, (_, i) => ({
		id: `c${i}`,
		title: `Concept number ${i} ${'long '.repeat(i % 4)}`.trim(),
		theme: conceptThemes[i % 5],
		related: [`c${(i * 7 + 3) % 50}`, `c${(i + 1) % 50}`],
	}));
	const tags = [
		...Array.from({ length: 30 }, (_, i) => [`c${i}`, `c${(i * 3) % 50}`, `c${(i * 11) % 50}`]),
		['c0', 'c25'],
		['c25', 'c0'],
	];
	return conceptGraph(concepts, tags, 2);
}
const mapInput = (graph = bigGraph()) => ({
	graph,
	themes: conceptThemes,
	shapeOf: (t: string) => themeShapes[t as ConceptTheme],
	hrefOf: (id: string) => `/concepts/${id}/`,
	themeName: (t: string) => `Theme ${t}`,
	idPrefix: 'm',
	title: 'Map',
	description: 'Description',
});

const elements = (html: string, tag: string) => {
	const found: Element[] = [];
	visit(fromHtml(html, { fragment: true, space: 'svg' }), 'element', (node) => {
		if (node.tagName === tag) found.push(node);
	});
	return found;
};

describe('the concept map SVG', () => {
	it('is byte-identical for the same input, drawing after drawing', () => {
		for (const drawing of [mapDrawings.wide, mapDrawings.narrow])
			expect(conceptMapSvg(mapInput(), drawing)).toBe(conceptMapSvg(mapInput(), drawing));
	});

	it('links every node to its concept, names each theme and draws both kinds of edge', () => {
		const svg = conceptMapSvg(mapInput(), mapDrawings.wide);
		const hrefs = elements(svg, 'a').map((a) => a.properties.href);
		expect(hrefs).toEqual(bigGraph().nodes.map((n) => `/concepts/${n.id}/`));
		const text = elements(svg, 'text').map((t) => (t.children[0] as { value?: string }).value);
		for (const theme of conceptThemes) expect(text).toContain(`Theme ${theme}`);
		const edges = (kind: string) =>
			elements(svg, 'path').find((p) => (p.properties.className as string[]).includes(`cm-edge-${kind}`))?.properties
				.d as string;
		expect(bigGraph().edges.filter((e) => e.kind === 'shared').length).toBeGreaterThan(0);
		// One move-and-line per edge of the kind.
		expect(edges('related').match(/M/g)?.length).toBe(bigGraph().edges.filter((e) => e.kind === 'related').length);
		expect(edges('shared').match(/M/g)?.length).toBe(bigGraph().edges.filter((e) => e.kind === 'shared').length);
		expect(svg).not.toMatch(/style=/);
		expect(svg).not.toMatch(/\d\.\d\d/); // every coordinate rounded to one decimal
	});

	it('keeps every box inside the drawing and apart from every other, in both drawings', () => {
		for (const drawing of [mapDrawings.wide, mapDrawings.narrow]) {
			const layout = layoutConceptMap(mapInput(), drawing);
			for (const n of layout.nodes) {
				expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
				expect(n.x + n.width / 2).toBeLessThanOrEqual(drawing.width);
				expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height);
			}
			const overlapping = layout.nodes.flatMap((a, i) =>
				layout.nodes
					.slice(i + 1)
					.filter(
						(b) => Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2,
					)
					.map((b) => `${a.id}~${b.id}`),
			);
			expect(overlapping).toEqual([]);
		}
	});

	it('groups by theme: each theme lies below its name, in the order given', () => {
		const layout = layoutConceptMap(mapInput(), mapDrawings.narrow);
		const tops = layout.groups.map((g) => g.labelY);
		expect([...tops].sort((x, y) => x - y)).toEqual(tops);
		for (const [i, g] of layout.groups.entries()) {
			const members = layout.nodes.filter((n) => n.group === g.group);
			expect(Math.min(...members.map((n) => n.y - n.height / 2))).toBeGreaterThan(g.labelY);
			if (i + 1 < layout.groups.length)
				expect(Math.max(...members.map((n) => n.y + n.height / 2))).toBeLessThan(layout.groups[i + 1].labelY);
		}
	});

	it('rejects a node of an unknown group', () => {
		expect(() =>
			layoutGraph([{ id: 'x', group: 'nope', width: 10, height: 10 }], [], {
				width: 100,
				columns: 1,
				groups: ['a'],
				groupLabelHeight: 20,
				gap: 4,
			}),
		).toThrow(/nope/);
	});

	it('seeds its random source: the same sequence from the same seed', () => {
		const take = (r: () => number) => [r(), r(), r()];
		expect(take(seededRandom(12))).toEqual(take(seededRandom(12)));
		expect(take(seededRandom(12))).not.toEqual(take(seededRandom(13)));
	});
});

describe('the neighbourhood SVG', () => {
	const input = {
		concept: { title: 'Joint action', href: '/concepts/joint-action/', shape: 'circle' as const },
		left: [
			{
				kind: 'concepts',
				heading: 'Related concepts',
				shape: 'circle' as const,
				items: [{ title: 'Upgrading', href: '/concepts/upgrading/' }],
			},
		],
		right: [
			{
				kind: 'cases',
				heading: 'Case studies',
				shape: 'square' as const,
				items: [{ title: 'The Sialkot surgical instruments cluster', href: '/cases/sialkot/' }],
			},
			{ kind: 'recommendations', heading: 'Recommendations', shape: 'diamond' as const, items: [] },
		],
		idPrefix: 'nb',
		title: 'Joint action and its neighbours',
		describedBy: 'relations',
	};

	it('links the concept and every neighbour, labels the kinds present and points to the list', () => {
		const svg = neighbourhoodSvg(input);
		expect(elements(svg, 'a').map((a) => a.properties.href)).toEqual([
			'/concepts/joint-action/',
			'/concepts/upgrading/',
			'/cases/sialkot/',
		]);
		expect(svg).toContain('Related concepts');
		expect(svg).toContain('Case studies');
		expect(svg).not.toContain('Recommendations'); // an empty kind gets no heading
		expect(elements(svg, 'svg')[0].properties.ariaDescribedBy).toEqual(['relations']);
		expect(svg).toBe(neighbourhoodSvg(input));
	});

	it('wraps long titles into lines of the given length, keeping whole words', () => {
		expect(wrapLabel('Bring in international consultants for immediate skill needs', 20)).toEqual([
			'Bring in',
			'international',
			'consultants for',
			'immediate skill',
			'needs',
		]);
	});
});
