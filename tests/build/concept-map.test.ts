/**
 * A real build of the fixture site with a concept added: it appears on the
 * concept map (a linked node in both drawings, its `related` edge drawn, in
 * the list of relations) and its page and its neighbour's page draw the
 * neighbourhood. This is the concept half of issue #12's "a test adds a
 * concept and a relation to a fixture and sees each appear".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { defaultSharedThreshold } from '../../src/lib/concept-graph';

const gamma = `---
title: Gamma concept
summary: A fixture concept added by the concept map test.
theme: interventions-and-actors
related: [alpha-concept]
sections: [theory]
---

Gamma text.
`;

let site: FixtureSite;
let build: { code: number; output: string };
beforeAll(() => {
	site = createFixtureSite();
	site.write('content/concepts/gamma-concept.mdx', gamma);
	// The fixture case also tags gamma: it then shows in gamma's neighbourhood.
	const casePath = 'content/cases/sialkot.mdx';
	site.write(casePath, site.read(casePath).replace('concepts: [alpha-concept]', 'concepts: [alpha-concept, gamma-concept]'));
	build = site.build();
});
afterAll(() => site?.remove());

const page = (path: string): Root => fromHtml(site.read(`dist/${path}index.html`));
const all = (tree: Root | Element, test: (e: Element) => boolean) => {
	const found: Element[] = [];
	visit(tree, 'element', (e) => {
		if (test(e)) found.push(e);
	});
	return found;
};
const hasClass = (e: Element, name: string) => Array.isArray(e.properties.className) && e.properties.className.includes(name);

/** Centre of a node's plate in a drawing, from its rect. */
function centreOf(svg: Element, href: string) {
	const link = all(svg, (e) => e.tagName === 'a' && e.properties.href === href)[0];
	expect(link, href).toBeDefined();
	const rect = all(link, (e) => e.tagName === 'rect')[0].properties;
	return { x: Number(rect.x) + Number(rect.width) / 2, y: Number(rect.y) + Number(rect.height) / 2 };
}

/** Segments `M x y L x y` of an edge path. */
const segments = (d: string) =>
	[...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)/g)].map((m) => m.slice(1, 5).map(Number) as [number, number, number, number]);

describe('the concept map follows the content', () => {
	it('builds', () => {
		expect(build.code, build.output).toBe(0);
	});

	it('draws the new concept as a linked node, joined to its related concept, in both drawings', () => {
		const svgs = all(page('map/concepts/'), (e) => e.tagName === 'svg' && hasClass(e, 'cm-svg'));
		expect(svgs).toHaveLength(2);
		for (const svg of svgs) {
			const g = centreOf(svg, '/concepts/gamma-concept/');
			const a = centreOf(svg, '/concepts/alpha-concept/');
			const related = all(svg, (e) => e.tagName === 'path' && hasClass(e, 'cm-edge-related'))[0];
			const joined = segments(String(related.properties.d)).some(([x1, y1, x2, y2]) => {
				const near = (p: { x: number; y: number }, x: number, y: number) => Math.abs(p.x - x) < 0.2 && Math.abs(p.y - y) < 0.2;
				return (near(a, x1, y1) && near(g, x2, y2)) || (near(g, x1, y1) && near(a, x2, y2));
			});
			expect(joined).toBe(true);
			// Its theme is named in the drawing.
			expect(all(svg, (e) => e.tagName === 'text' && hasClass(e, 'cm-theme-label')).map((t) => toString(t))).toContain('Interventions and actors');
		}
	});

	it('lists the relation both ways and states the shared-use threshold', () => {
		const tree = page('map/concepts/');
		const list = all(tree, (e) => e.tagName === 'section' && hasClass(e, 'cm-relations'))[0];
		const terms = all(list, (e) => e.tagName === 'dt').map((dt) => toString(dt));
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
			const svg = all(tree, (e) => e.tagName === 'svg' && hasClass(e, 'nb-svg'))[0];
			expect(svg, path).toBeDefined();
			const hrefs = all(svg, (e) => e.tagName === 'a').map((a) => a.properties.href);
			for (const href of expected) expect(hrefs, path).toContain(href);
			const describedBy = String(svg.properties.ariaDescribedBy);
			expect(all(tree, (e) => e.properties.id === describedBy)).toHaveLength(1);
		}
	});
});
