/**
 * The land of the world, for the cluster map: Natural Earth's 1:110m land
 * outlines as packaged by `world-atlas` (TopoJSON), read from node_modules
 * at build time (no network) and converted to GeoJSON with topojson-client.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

let land: FeatureCollection<Geometry> | Feature<Geometry> | undefined;

/** The land polygons of `world-atlas/land-110m.json`, read once per build. */
export function worldLand(): FeatureCollection<Geometry> | Feature<Geometry> {
	if (land) return land;
	const file = createRequire(import.meta.url).resolve('world-atlas/land-110m.json');
	const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ land: GeometryCollection }>;
	land = feature(topology, topology.objects.land);
	return land;
}
