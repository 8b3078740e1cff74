/**
 * The geometry of the cluster map (`/map/clusters/`): an Equal Earth
 * projection fitted to a box of longitudes and latitudes, the land drawn as
 * one rounded SVG path, and numbered markers fanned out where places crowd
 * together, so that every marker stays a separate link target. Pure
 * functions: the land shapes and the markers come in, a hast tree goes out.
 * Words (titles, accessible names) come from the caller.
 */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Element } from 'hast';
import { s } from 'hastscript';
import type { MultiPoint } from 'geojson';
import { round1 } from './svg-geometry';

/** A box on the globe, in decimal degrees (west may be less than east only; no crossing of the antimeridian). */
export interface GeoBox {
	west: number;
	east: number;
	south: number;
	north: number;
}

/** A place to mark, in decimal degrees. */
export interface MapPoint {
	id: string;
	lat: number;
	lon: number;
}

/** A marker as drawn: its centre, and the true place it stands for (they differ when it is fanned out). */
export interface PlacedMarker {
	id: string;
	/** Centre of the marker, in drawing units. */
	x: number;
	y: number;
	/** The projected place itself. */
	placeX: number;
	placeY: number;
}

/** A projection fitted to a box: the drawing is `width` wide and as tall as the box needs. */
export interface FittedMap {
	projection: GeoProjection;
	width: number;
	height: number;
}

/** Points along the edges of a box, so that fitting the projection to them frames the whole box. */
function boxOutline(box: GeoBox): MultiPoint {
	const coordinates: [number, number][] = [];
	const steps = 24;
	for (let i = 0; i <= steps; i++) {
		const lon = box.west + ((box.east - box.west) * i) / steps;
		coordinates.push([lon, box.south], [lon, box.north]);
	}
	for (let i = 0; i <= steps; i++) {
		const lat = box.south + ((box.north - box.south) * i) / steps;
		coordinates.push([box.west, lat], [box.east, lat]);
	}
	return { type: 'MultiPoint', coordinates };
}

/**
 * An Equal Earth projection centred on the box's middle meridian, scaled to
 * `width` with `margin` on each side, clipped to the drawing (so land outside
 * the box costs no bytes).
 */
export function fitMap(box: GeoBox, width: number, margin = 0): FittedMap {
	const outline = boxOutline(box);
	const projection = geoEqualEarth()
		.rotate([-(box.west + box.east) / 2, 0])
		.fitWidth(width - 2 * margin, outline);
	const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
	const height = Math.ceil(y1 - y0 + 2 * margin);
	const [tx, ty] = projection.translate();
	projection.translate([tx + margin, ty - y0 + margin]).clipExtent([
		[0, 0],
		[width, height],
	]);
	return { projection, width, height };
}

/** The land as one SVG path, coordinates rounded to one decimal so that rebuilds are identical and the path stays small. */
export function landPath(map: FittedMap, land: GeoPermissibleObjects): string {
	return geoPath(map.projection).digits(1)(land) ?? '';
}

/** A box around points, widened by `padding` degrees on every side and clamped to the globe. */
export function boxAround(points: readonly MapPoint[], padding: { lon: number; lat: number }): GeoBox {
	const lons = points.map((p) => p.lon);
	const lats = points.map((p) => p.lat);
	return {
		west: Math.max(-180, Math.min(...lons) - padding.lon),
		east: Math.min(180, Math.max(...lons) + padding.lon),
		south: Math.max(-85, Math.min(...lats) - padding.lat),
		north: Math.min(85, Math.max(...lats) + padding.lat),
	};
}

/** Sizes of the markers, in drawing units. */
export interface MarkerSpacing {
	/** Radius of the circle that holds a marker of any shape (its footprint); two markers whose centres are twice this apart never overlap. */
	radius: number;
	/** Least free space between two markers, and between a marker and the drawing's edge. */
	gap: number;
}

interface Group {
	members: { id: string; x: number; y: number }[];
	cx: number;
	cy: number;
	/** Radius of the ring the members sit on (0 for a single marker). */
	ring: number;
}

/** Radius of a ring on which `n` markers sit without touching. */
export function ringRadius(n: number, { radius, gap }: MarkerSpacing): number {
	if (n <= 1) return 0;
	return (2 * radius + gap) / (2 * Math.sin(Math.PI / n));
}

const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v)));

/**
 * Places one marker per point. Points whose markers would overlap are
 * gathered into a group whose markers sit on a ring around the group's
 * centre (each joined to its place by a leader line); groups that would then
 * overlap are merged, until no two markers overlap. Groups are kept inside
 * the drawing. Deterministic: the order of `points` decides ties.
 */
export function placeMarkers(
	points: readonly MapPoint[],
	map: Pick<FittedMap, 'projection' | 'width' | 'height'>,
	spacing: MarkerSpacing,
): PlacedMarker[] {
	const { radius, gap } = spacing;
	const projected = points.map((p) => {
		const xy = map.projection([p.lon, p.lat]);
		if (!xy) throw new Error(`world map: ${p.id} (${p.lat}, ${p.lon}) cannot be projected`);
		return { id: p.id, x: xy[0], y: xy[1] };
	});
	const settle = (g: Omit<Group, 'cx' | 'cy' | 'ring'>): Group => {
		const ring = ringRadius(g.members.length, spacing);
		const reach = ring + radius + gap;
		const mx = g.members.reduce((sum, m) => sum + m.x, 0) / g.members.length;
		const my = g.members.reduce((sum, m) => sum + m.y, 0) / g.members.length;
		return { ...g, ring, cx: clamp(mx, reach, map.width - reach), cy: clamp(my, reach, map.height - reach) };
	};
	let groups = projected.map((m) => settle({ members: [m] }));
	for (let merged = true; merged;) {
		merged = false;
		search: for (let i = 0; i < groups.length; i++) {
			for (let j = i + 1; j < groups.length; j++) {
				const a = groups[i];
				const b = groups[j];
				const needed = a.ring + b.ring + 2 * radius + gap;
				if (Math.hypot(a.cx - b.cx, a.cy - b.cy) < needed) {
					groups = [
						...groups.slice(0, i),
						settle({ members: [...a.members, ...b.members] }),
						...groups.slice(i + 1, j),
						...groups.slice(j + 1),
					];
					merged = true;
					break search;
				}
			}
		}
	}
	const placed = new Map<string, PlacedMarker>();
	for (const g of groups) {
		if (g.members.length === 1) {
			const [m] = g.members;
			placed.set(m.id, { id: m.id, x: round1(g.cx), y: round1(g.cy), placeX: round1(m.x), placeY: round1(m.y) });
			continue;
		}
		// Going round the ring in the order of the places' own bearings from the centre keeps leader lines from crossing.
		const bearing = (m: { x: number; y: number }) => Math.atan2(m.y - g.cy, m.x - g.cx);
		const order = g.members.map((m, i) => ({ m, i, a: bearing(m) })).sort((p, q) => p.a - q.a || p.i - q.i);
		const start = Math.hypot(order[0].m.x - g.cx, order[0].m.y - g.cy) < 1e-6 ? -Math.PI / 2 : order[0].a;
		order.forEach(({ m }, k) => {
			const angle = start + (2 * Math.PI * k) / order.length;
			placed.set(m.id, {
				id: m.id,
				x: round1(g.cx + g.ring * Math.cos(angle)),
				y: round1(g.cy + g.ring * Math.sin(angle)),
				placeX: round1(m.x),
				placeY: round1(m.y),
			});
		});
	}
	return points.map((p) => placed.get(p.id)!);
}

/** How a marker is drawn: a filled circle or an outlined square, so that shape, not only colour, tells them apart. */
export type MarkerShape = 'circle' | 'square';

/** A marker ready to draw. */
export interface MapMarker extends PlacedMarker {
	/** The number printed on it, keyed to the table. */
	label: string;
	href: string;
	/** Accessible name of the link. */
	name: string;
	shape: MarkerShape;
}

/** What a drawing says about itself. */
export interface MapDrawing {
	/** Id of the SVG's <title> (unique on the page). */
	titleId: string;
	title: string;
	description: string;
	className: string;
	map: Pick<FittedMap, 'width' | 'height'>;
	land: string;
	markers: readonly MapMarker[];
	/** Font size of the numbers, in drawing units. */
	fontSize: number;
	/** Half the width of a drawn marker (circle radius, half the square's side); at most the placing spacing's `radius / √2`, so that squares never overlap. */
	markerSize: number;
}

/** The SVG of one drawing: sea, land, leader lines from places to fanned markers, then the markers as links. */
export function worldMapSvg(d: MapDrawing): Element {
	const radius = d.markerSize;
	const side = 2 * radius;
	const markerShape = (m: MapMarker) =>
		m.shape === 'circle'
			? s('circle', { class: 'map-marker-shape', cx: m.x, cy: m.y, r: radius })
			: s('rect', {
					class: 'map-marker-shape',
					x: round1(m.x - side / 2),
					y: round1(m.y - side / 2),
					width: side,
					height: side,
				});
	const fanned = d.markers.filter((m) => m.x !== m.placeX || m.y !== m.placeY);
	return s(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			class: d.className,
			viewBox: `0 0 ${d.map.width} ${d.map.height}`,
			width: d.map.width,
			height: d.map.height,
			role: 'group',
			'aria-labelledby': d.titleId,
		},
		[
			s('title', { id: d.titleId }, d.title),
			s('desc', d.description),
			s('rect', { class: 'map-sea', x: 0, y: 0, width: d.map.width, height: d.map.height }),
			s('path', { class: 'map-land', d: d.land }),
			s(
				'g',
				{ class: 'map-leaders', 'aria-hidden': 'true' },
				fanned.flatMap((m) => [
					s('line', { x1: m.placeX, y1: m.placeY, x2: m.x, y2: m.y }),
					s('circle', { cx: m.placeX, cy: m.placeY, r: round1(radius / 5) }),
				]),
			),
			s(
				'g',
				{ class: 'map-markers' },
				d.markers.map((m) =>
					s('a', { href: m.href, class: `map-marker map-marker-${m.shape}`, 'aria-label': m.name }, [
						s('title', m.name),
						markerShape(m),
						s(
							'text',
							{
								x: m.x,
								y: m.y,
								'font-size': d.fontSize,
								'text-anchor': 'middle',
								'dominant-baseline': 'central',
								'aria-hidden': 'true',
							},
							m.label,
						),
					]),
				),
			),
		],
	);
}
