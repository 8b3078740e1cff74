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
import { round1, textWidth, wrapLabel } from './svg-geometry';

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

/** A box in drawing units. */
interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether the segment from (x1, y1) to (x2, y2) passes through a box (clipped against each side in turn). */
function crosses(box: Box, x1: number, y1: number, x2: number, y2: number): boolean {
	let t0 = 0;
	let t1 = 1;
	const dx = x2 - x1;
	const dy = y2 - y1;
	for (const [p, q] of [
		[-dx, x1 - box.left],
		[dx, box.right - x1],
		[-dy, y1 - box.top],
		[dy, box.bottom - y1],
	]) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return false;
	}
	return true;
}

/** A marker's name as drawn beside it: its lines, where the text is anchored, and the box it takes. */
export interface PlacedName {
	id: string;
	lines: string[];
	/** The anchor point of the first line's baseline, and which end of the text it is. */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	lineHeight: number;
	box: Box;
}

/** How names are set beside markers, in drawing units. */
export interface NameStyle {
	fontSize: number;
	/** Longest line, in characters, before a name wraps; a name of more than two lines is not drawn. */
	maxChars: number;
	/** Half the side of the square that holds a marker (its drawn size, outline included). */
	markerRadius: number;
	/** Space between a marker and its name, and kept free around names. */
	gap: number;
}

/**
 * Names beside the markers where they fit: for each marker in turn, the
 * first place (right, left, below, above) where its name stays inside the
 * drawing and clear of every marker, every leader line and every name
 * already set. A marker with no such place goes unnamed: its number keys it
 * to the table, and its link's accessible name says it all anyway.
 */
export function placeNames(
	markers: readonly (PlacedMarker & { name: string })[],
	map: Pick<FittedMap, 'width' | 'height'>,
	style: NameStyle,
): PlacedName[] {
	const { fontSize, maxChars, markerRadius: r, gap } = style;
	const lineHeight = round1(fontSize * 1.2);
	const markerBoxes = markers.map((m) => ({ left: m.x - r, top: m.y - r, right: m.x + r, bottom: m.y + r }));
	const leaders = markers.filter((m) => m.x !== m.placeX || m.y !== m.placeY);
	const placed: PlacedName[] = [];
	for (const m of markers) {
		const lines = wrapLabel(m.name, maxChars);
		if (lines.length > 2) continue;
		const width = Math.max(...lines.map((l) => textWidth(l, fontSize)));
		const height = lines.length * lineHeight;
		const candidates: { box: Box; anchor: PlacedName['anchor']; x: number }[] = [
			{
				box: { left: m.x + r + gap, top: m.y - height / 2, right: m.x + r + gap + width, bottom: m.y + height / 2 },
				anchor: 'start',
				x: m.x + r + gap,
			},
			{
				box: { left: m.x - r - gap - width, top: m.y - height / 2, right: m.x - r - gap, bottom: m.y + height / 2 },
				anchor: 'end',
				x: m.x - r - gap,
			},
			{
				box: { left: m.x - width / 2, top: m.y + r + gap, right: m.x + width / 2, bottom: m.y + r + gap + height },
				anchor: 'middle',
				x: m.x,
			},
			{
				box: { left: m.x - width / 2, top: m.y - r - gap - height, right: m.x + width / 2, bottom: m.y - r - gap },
				anchor: 'middle',
				x: m.x,
			},
		];
		const free = candidates.find(({ box }) => {
			const padded = { left: box.left - gap, top: box.top - gap, right: box.right + gap, bottom: box.bottom + gap };
			return (
				box.left >= gap &&
				box.top >= gap &&
				box.right <= map.width - gap &&
				box.bottom <= map.height - gap &&
				!markerBoxes.some((b) => overlaps(padded, b)) &&
				!placed.some((n) => overlaps(padded, n.box)) &&
				!leaders.some((l) => crosses(padded, l.placeX, l.placeY, l.x, l.y))
			);
		});
		if (!free) continue;
		placed.push({
			id: m.id,
			lines,
			x: round1(free.x),
			// The first baseline: the text's cap height (about 0.8 em) below the box's top, plus half the leading.
			y: round1(free.box.top + fontSize * 0.8 + (lineHeight - fontSize) / 2),
			anchor: free.anchor,
			lineHeight,
			box: {
				left: round1(free.box.left),
				top: round1(free.box.top),
				right: round1(free.box.right),
				bottom: round1(free.box.bottom),
			},
		});
	}
	return placed;
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
	/** The name drawn beside the marker, where one fits (see `placeNames`). */
	shownName?: PlacedName;
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

/** A marker's name as SVG text, one `tspan` a line. */
function nameText(n: PlacedName, fontSize: number): Element {
	return s(
		'text',
		{ class: 'map-marker-name', x: n.x, y: n.y, 'font-size': fontSize, 'text-anchor': n.anchor, 'aria-hidden': 'true' },
		n.lines.map((line, i) => s('tspan', { x: n.x, dy: i === 0 ? 0 : n.lineHeight }, line)),
	);
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
						// Part of the link, so that the name is a target too; the link's own name already says it.
						...(m.shownName ? [nameText(m.shownName, d.fontSize)] : []),
					]),
				),
			),
		],
	);
}
