/**
 * The drawings of `/map/clusters/`: one world drawing for wide screens and,
 * for narrow screens, one drawing per side of the Atlantic (so that markers
 * keep a 24 px target and 12 px numbers on a phone without shrinking the
 * world). Pure: the clusters, the land and the words come in, SVG text goes out.
 */
import type { GeoPermissibleObjects } from 'd3-geo';
import { toHtml } from 'hast-util-to-html';
import {
	boxAround,
	fitMap,
	landPath,
	placeMarkers,
	placeNames,
	worldMapSvg,
	type GeoBox,
	type MarkerSpacing,
	type NameStyle,
} from './world-map';

/** A cluster as the map needs it. */
export interface ClusterPin {
	id: string;
	/** Its number in the table, printed on its marker. */
	number: number;
	lat: number;
	lon: number;
	href: string;
	/** Accessible name of its marker link. */
	name: string;
	/** Its name as drawn beside its marker where there is room ("Sialkot surgical instruments"). */
	shortName: string;
	/** Whether it has a case study page (drawn as a filled circle; otherwise an outlined square). */
	hasCase: boolean;
}

/** The words of the drawings (from `labels.ts`). */
export interface ClusterMapWords {
	worldTitle: string;
	westTitle: string;
	eastTitle: string;
	/** The SVG's description, given the numbers of clusters shown. */
	description: (count: number) => string;
}

/** The SVGs of the page: `wide` for wide screens, `narrow` (one or two) for narrow ones. */
export interface ClusterMapSvgs {
	wide: string;
	narrow: string[];
}

/** Widths of the drawings, in drawing units (1 unit = 1 CSS px when shown at natural size). */
export const wideWidth = 960;
export const narrowWidth = 350;
/** Markers are 26 units across (circle or square): a target of at least 24 px when a drawing is shown at 92 % of its size or more. */
export const markerSize = 13;
/** A square's corners reach 13 × √2 ≈ 18.4 units from its centre: markers are spaced by that footprint, so no two overlap whatever their shapes. */
export const spacing: MarkerSpacing = { radius: 18.4, gap: 2 };
export const fontSize = 13;
/** Names beside markers: at 13 units they stay 12 px or more wherever a drawing is shown (at 92 % of its size or more). */
export const nameStyle: NameStyle = { fontSize, maxChars: 18, markerRadius: markerSize + 1, gap: 3 };
/** Longitude that splits the narrow drawings: the Americas to the west, Europe, Africa and Asia to the east. */
export const atlanticSplit = -30;

function drawing(
	pins: readonly ClusterPin[],
	land: GeoPermissibleObjects,
	box: GeoBox,
	width: number,
	titleId: string,
	title: string,
	description: string,
) {
	const map = fitMap(box, width, markerSize);
	const placed = placeMarkers(pins, map, spacing);
	const names = new Map(
		placeNames(
			placed.map((p, i) => ({ ...p, name: pins[i].shortName })),
			map,
			nameStyle,
		).map((n) => [n.id, n]),
	);
	const markers = placed.map((p, i) => ({
		...p,
		label: String(pins[i].number),
		href: pins[i].href,
		name: pins[i].name,
		shape: pins[i].hasCase ? ('circle' as const) : ('square' as const),
		shownName: names.get(p.id),
	}));
	return toHtml(
		worldMapSvg({
			titleId,
			title,
			description,
			className: 'cluster-map-svg',
			map,
			land: landPath(map, land),
			markers,
			fontSize,
			markerSize,
		}),
		{ space: 'svg' },
	);
}

/** Draws the clusters: the world between the latitudes that hold them, and the narrow regional drawings. */
export function clusterMapSvgs(
	pins: readonly ClusterPin[],
	land: GeoPermissibleObjects,
	words: ClusterMapWords,
): ClusterMapSvgs {
	if (pins.length === 0) return { wide: '', narrow: [] };
	const band = boxAround(pins, { lon: 0, lat: 14 });
	const wide = drawing(
		pins,
		land,
		{ ...band, west: -180, east: 180 },
		wideWidth,
		'cluster-map-world',
		words.worldTitle,
		words.description(pins.length),
	);
	const sides = [
		{ pins: pins.filter((p) => p.lon < atlanticSplit), id: 'cluster-map-west', title: words.westTitle },
		{ pins: pins.filter((p) => p.lon >= atlanticSplit), id: 'cluster-map-east', title: words.eastTitle },
	].filter((side) => side.pins.length > 0);
	const narrow = sides.map((side) =>
		drawing(
			side.pins,
			land,
			boxAround(side.pins, { lon: 16, lat: 12 }),
			narrowWidth,
			side.id,
			side.title,
			words.description(side.pins.length),
		),
	);
	return { wide, narrow };
}
