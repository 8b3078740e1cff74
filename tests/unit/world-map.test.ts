import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { worldLand } from '../../src/lib/drawing/world-land';
import { clusterMapSvgs, spacing, type ClusterPin } from '../../src/lib/drawing/cluster-map';
import {
	boxAround,
	fitMap,
	landPath,
	placeMarkers,
	placeNames,
	ringRadius,
	type MapPoint,
} from '../../src/lib/drawing/world-map';

/** The crowded places of the real data: three clusters in Sialkot, two in Nairobi, Boston and Route 128. */
const crowded: MapPoint[] = [
	{ id: 'sialkot-a', lat: 32.49, lon: 74.53 },
	{ id: 'sialkot-b', lat: 32.49, lon: 74.53 },
	{ id: 'sialkot-c', lat: 32.5, lon: 74.55 },
	{ id: 'ludhiana', lat: 30.9, lon: 75.85 },
	{ id: 'agra', lat: 27.18, lon: 78.01 },
	{ id: 'bangalore', lat: 12.97, lon: 77.59 },
	{ id: 'kamakunji', lat: -1.28, lon: 36.84 },
	{ id: 'nairobi', lat: -1.275, lon: 36.845 },
	{ id: 'lake-victoria', lat: -0.09, lon: 34.77 },
	{ id: 'boston', lat: 42.36, lon: -71.08 },
	{ id: 'route-128', lat: 42.45, lon: -71.23 },
	{ id: 'sinos', lat: -29.68, lon: -51.13 },
];
const world = { west: -180, east: 180, south: -45, north: 60 };

const elements = (html: string, tag: string): Element[] => {
	const found: Element[] = [];
	visit(fromHtml(html, { fragment: true }), 'element', (node) => {
		if (node.tagName === tag) found.push(node);
	});
	return found;
};

describe('the map projection', () => {
	const map = fitMap(world, 960, 13);
	const at = (lon: number, lat: number) => map.projection([lon, lat])!;

	it('puts places east of others further right and places north of others higher up', () => {
		const [penangX] = at(100.3, 5.35);
		const [sialkotX, sialkotY] = at(74.53, 32.49);
		const [, capeY] = at(18.42, -33.92);
		expect(penangX).toBeGreaterThan(sialkotX);
		expect(capeY).toBeGreaterThan(sialkotY);
	});

	it('fits the box into the drawing: the box corners land inside it, the meridian 0 at the middle', () => {
		const [x0] = at(0, 0);
		expect(x0).toBeCloseTo(480, 0);
		for (const [lon, lat] of [
			[-180, 60],
			[180, -45],
		]) {
			const [x, y] = at(lon, lat);
			expect(x).toBeGreaterThanOrEqual(12);
			expect(x).toBeLessThanOrEqual(948);
			expect(y).toBeGreaterThanOrEqual(12);
			expect(y).toBeLessThanOrEqual(map.height - 12);
		}
	});

	it('draws the land with coordinates rounded to one decimal', () => {
		const d = landPath(map, worldLand());
		expect(d.length).toBeGreaterThan(10_000);
		expect(d).not.toMatch(/\d\.\d{2}/);
	});
});

describe('marker placement', () => {
	const map = fitMap(world, 960, 13);
	const placed = placeMarkers(crowded, map, spacing);
	const byId = new Map(placed.map((m) => [m.id, m]));

	it('keeps a lone marker on its place', () => {
		const sinos = byId.get('sinos')!;
		expect(sinos.x).toBe(sinos.placeX);
		expect(sinos.y).toBe(sinos.placeY);
	});

	it('spreads markers of coincident or nearby places so that no two overlap', () => {
		const least = 2 * spacing.radius;
		for (const [i, a] of placed.entries())
			for (const b of placed.slice(i + 1))
				expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} and ${b.id}`).toBeGreaterThanOrEqual(least);
		const [a, b] = [byId.get('sialkot-a')!, byId.get('sialkot-b')!];
		expect(a.placeX).toBe(b.placeX);
		expect(a.x).not.toBe(b.x);
	});

	it('keeps every marker inside the drawing, even at its edge', () => {
		const edge = placeMarkers(
			[
				{ id: 'a', lat: 59, lon: 179 },
				{ id: 'b', lat: 59, lon: 179 },
			],
			map,
			spacing,
		);
		for (const m of [...placed, ...edge]) {
			expect(m.x - spacing.radius).toBeGreaterThanOrEqual(0);
			expect(m.x + spacing.radius).toBeLessThanOrEqual(map.width);
			expect(m.y - spacing.radius).toBeGreaterThanOrEqual(0);
			expect(m.y + spacing.radius).toBeLessThanOrEqual(map.height);
		}
	});

	it('sizes rings so neighbours on them do not touch', () => {
		for (const n of [2, 3, 6, 12]) {
			const r = ringRadius(n, spacing);
			expect(2 * r * Math.sin(Math.PI / n)).toBeCloseTo(2 * spacing.radius + spacing.gap, 6);
		}
		expect(ringRadius(1, spacing)).toBe(0);
	});

	it('frames a box around points with padding, within the globe', () => {
		expect(boxAround([{ id: 'x', lat: 80, lon: 175 }], { lon: 10, lat: 10 })).toEqual({
			west: 165,
			east: 180,
			south: 70,
			north: 85,
		});
	});
});

describe('the cluster map drawings', () => {
	const pins: ClusterPin[] = crowded.map((p, i) => ({
		...p,
		number: i + 1,
		href: i % 2 === 0 ? `/cases/case-${i}/` : `/map/clusters/#cluster-${p.id}`,
		name: `${i + 1}. Cluster ${p.id}`,
		shortName: `Cluster ${p.id}`,
		hasCase: i % 2 === 0,
	}));
	const words = {
		worldTitle: 'World',
		westTitle: 'West',
		eastTitle: 'East',
		description: (n: number) => `${n} clusters`,
	};
	const svgs = clusterMapSvgs(pins, worldLand(), words);

	it('draws one world drawing and one drawing per side of the Atlantic', () => {
		expect(svgs.narrow).toHaveLength(2);
		expect(elements(svgs.narrow[0], 'a')).toHaveLength(3);
		expect(elements(svgs.narrow[1], 'a')).toHaveLength(9);
	});

	it('makes every marker a named link to its page, numbered as in the table, shaped by whether it has a case', () => {
		for (const svg of [svgs.wide, svgs.narrow.join('')]) {
			const links = elements(svg, 'a');
			expect(links.map((a) => a.properties.href).sort()).toEqual(pins.map((p) => p.href).sort());
			for (const a of links) {
				const pin = pins.find((p) => p.href === a.properties.href)!;
				expect(a.properties.ariaLabel).toBe(pin.name);
				const text = elements(svg, 'text').find(
					(t) =>
						t.position &&
						a.position &&
						t.position.start.offset! > a.position.start.offset! &&
						t.position.end.offset! <= a.position.end.offset!,
				);
				expect(text?.children).toEqual([expect.objectContaining({ value: String(pin.number) })]);
				expect(elements(svg, 'a').length).toBe(pins.length);
			}
			expect(elements(svg, 'circle').filter((c) => String(c.properties.className) === 'map-marker-shape')).toHaveLength(
				6,
			);
			expect(elements(svg, 'rect').filter((c) => String(c.properties.className) === 'map-marker-shape')).toHaveLength(
				6,
			);
		}
	});

	it('is the same, byte for byte, when drawn twice', () => {
		expect(clusterMapSvgs(pins, worldLand(), words)).toEqual(svgs);
	});

	it('names markers where a name fits, inside the link, and never twice', () => {
		for (const svg of [svgs.wide, ...svgs.narrow]) {
			const names = elements(svg, 'text').filter((t) => String(t.properties.className) === 'map-marker-name');
			expect(names.length).toBeGreaterThan(0);
			for (const name of names) expect(name.properties.ariaHidden).toBe('true');
			const said = names.map((n) => toString(n));
			expect(new Set(said).size).toBe(said.length);
		}
	});

	it('draws nothing when there is no cluster', () => {
		expect(clusterMapSvgs([], worldLand(), words)).toEqual({ wide: '', narrow: [] });
	});
});

describe('names beside markers', () => {
	const style = { fontSize: 13, maxChars: 18, markerRadius: 14, gap: 3 };
	const map = { width: 350, height: 200 };
	const marker = (id: string, x: number, y: number, name: string, place = { x, y }) => ({
		id,
		x,
		y,
		placeX: place.x,
		placeY: place.y,
		name,
	});
	const boxOf = (r: number, m: { x: number; y: number }) => ({
		left: m.x - r,
		top: m.y - r,
		right: m.x + r,
		bottom: m.y + r,
	});
	const apart = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
		a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

	it('sets a lone name to the right of its marker, its baseline inside its box', () => {
		const [name] = placeNames([marker('a', 100, 100, 'Agra footwear')], map, style);
		expect(name).toMatchObject({ id: 'a', lines: ['Agra footwear'], anchor: 'start', x: 117 });
		expect(name.box.left).toBe(117);
		expect(name.y).toBeGreaterThan(name.box.top);
		expect(name.y).toBeLessThan(name.box.bottom);
	});

	it('goes left, below or above when the right is the drawing edge or another marker, and wraps long names', () => {
		const atEdge = placeNames([marker('a', 330, 100, 'Penang electronics')], map, style);
		expect(atEdge[0].anchor).toBe('end');
		const wrapped = placeNames([marker('a', 175, 100, 'Sinos Valley footwear')], map, style);
		expect(wrapped[0].lines).toEqual(['Sinos Valley', 'footwear']);
		// Three lines would be a block of text on the map: such a name is left to the table.
		expect(placeNames([marker('a', 175, 100, 'Kamakunji wheelbarrow manufacturing')], map, style)).toEqual([]);
		const below = placeNames(
			[marker('a', 175, 100, 'Agra footwear'), marker('b', 205, 100, 'B'), marker('c', 145, 100, 'C')],
			map,
			style,
		);
		expect(below.find((n) => n.id === 'a')?.box.top).toBe(100 + 14 + 3);
	});

	it('never overlaps a marker, another name or a leader line, and leaves out names that fit nowhere', () => {
		const crowd = [
			marker('a', 100, 100, 'Sialkot surgical instruments', { x: 120, y: 120 }),
			marker('b', 130, 100, 'Sialkot sports goods', { x: 120, y: 120 }),
			marker('c', 115, 130, 'Sialkot leather garments', { x: 120, y: 120 }),
			marker('d', 160, 100, 'Ludhiana woollen knitwear'),
			marker('e', 100, 160, 'Agra footwear'),
		];
		const names = placeNames(crowd, map, style);
		expect(names.length).toBeGreaterThan(0);
		expect(names.length).toBeLessThan(crowd.length);
		for (const n of names) {
			expect(n.box.left).toBeGreaterThanOrEqual(0);
			expect(n.box.right).toBeLessThanOrEqual(map.width);
			for (const m of crowd) expect(apart(n.box, boxOf(style.markerRadius, m)), `${n.id} over ${m.id}`).toBe(true);
			for (const o of names) if (o !== n) expect(apart(n.box, o.box), `${n.id} over ${o.id}`).toBe(true);
		}
	});
});
