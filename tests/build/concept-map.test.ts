/**
 * A real build of the fixture site with a concept added: it appears on the
 * concept map (a linked node in both drawings, its `related` edge drawn, in
 * the list of relations) and its page and its neighbour's page draw the
 * neighbourhood. This is the concept half of issue #12's "a test adds a
 * concept and a relation to a fixture and sees each appear".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { buildFixtureSite, removeFixtureSites, type FixtureBuild } from '../helpers/fixture-site';
import { defaultSharedThreshold } from '../../src/lib/content/concept-graph';

const gamma = `---
title: Gamma concept
summary: A fixture concept added by the concept map test.
theme: interventions-and-actors
related: [alpha-concept]
sections: [theory]
---

Gamma text.
`;

let build: FixtureBuild;
beforeAll(() => {
	build = buildFixtureSite({
		'content/concepts/gamma-concept.mdx': gamma,
		// The fixture case also tags gamma: it then shows in gamma's neighbourhood.
		'content/cases/sialkot.mdx': (text) =>
			text.replace('concepts: [alpha-concept]', 'concepts: [alpha-concept, gamma-concept]'),
	});
});
afterAll(removeFixtureSites);

const page = (path: string): Root => build.site.html(`dist/${path}index.html`);

/** Centre of a node's plate in a drawing, from its rect. */
function centreOf(svg: Element, href: string) {
	const link = select(`a[href="${href}"]`, svg);
	expect(link, href).toBeDefined();
	const rect = select('rect', link!)!.properties;
	return { x: Number(rect.x) + Number(rect.width) / 2, y: Number(rect.y) + Number(rect.height) / 2 };
}

/** Segments `M x y L x y` of an edge path. */
const segments = (d: string) =>
	[...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)/g)].map(
		(m) => m.slice(1, 5).map(Number) as [number, number, number, number],
	);

describe('the concept map follows the content', () => {
	it('builds', () => {
		expect(build.code, build.output).toBe(0);
	});

	it('draws the new concept as a linked node, joined to its related concept, in both drawings', () => {
		const svgs = selectAll('svg.cm-svg', page('map/concepts/'));
		expect(svgs).toHaveLength(2);
		for (const svg of svgs) {
			const g = centreOf(svg, '/concepts/gamma-concept/');
			const a = centreOf(svg, '/concepts/alpha-concept/');
			const related = select('path.cm-edge-related', svg)!;
			const joined = segments(String(related.properties.d)).some(([x1, y1, x2, y2]) => {
				const near = (p: { x: number; y: number }, x: number, y: number) =>
					Math.abs(p.x - x) < 0.2 && Math.abs(p.y - y) < 0.2;
				return (near(a, x1, y1) && near(g, x2, y2)) || (near(g, x1, y1) && near(a, x2, y2));
			});
			expect(joined).toBe(true);
			// Its theme is named in the drawing.
			expect(selectAll('text.cm-theme-label', svg).map((t) => toString(t))).toContain('Interventions and actors');
		}
	});

	it('lists the relation both ways and states the shared-use threshold', () => {
		const tree = page('map/concepts/');
		const list = select('section.cm-relations', tree)!;
		const terms = selectAll('dt', list).map((dt) => toString(dt));
		expect(terms).toContain('Gamma concept');
		const text = toString(list);
		expect(text).toMatch(/Gamma concept\s*Related: Alpha concept/);
		expect(text).toMatch(/Alpha concept\s*Related: Beta concept, Gamma concept/);
		expect(toString(tree)).toContain(`on at least ${defaultSharedThreshold} pages`);
	});

	it('draws the neighbourhood on the concept pages, described by their lists', () => {
		for (const [path, expected] of [
			['concepts/gamma-concept/', ['/concepts/gamma-concept/', '/concepts/alpha-concept/', '/cases/sialkot/']],
			['concepts/alpha-concept/', ['/concepts/alpha-concept/', '/concepts/beta-concept/', '/concepts/gamma-concept/']],
		] as const) {
			const tree = page(path);
			const svg = select('svg.nb-svg', tree);
			expect(svg, path).toBeDefined();
			const hrefs = selectAll('a', svg!).map((a) => a.properties.href);
			for (const href of expected) expect(hrefs, path).toContain(href);
			const describedBy = String(svg!.properties.ariaDescribedBy);
			expect(selectAll(`[id="${describedBy}"]`, tree)).toHaveLength(1);
		}
	});
});
