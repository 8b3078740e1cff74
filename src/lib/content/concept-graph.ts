/**
 * The graph of the concept map, from plain data: one node per concept, an
 * edge for each `related` pair (made undirected) and a lighter "shared use"
 * edge for two concepts tagged together on enough pages. Pure and free of
 * Astro, so unit tests call it directly; the page passes the site's data.
 */

/** What the graph needs of a concept. */
export interface GraphConcept {
	id: string;
	title: string;
	theme: string;
	related: readonly string[];
}

export type EdgeKind = 'related' | 'shared';

/** An undirected edge; `a` sorts before `b`. */
export interface GraphEdge {
	a: string;
	b: string;
	kind: EdgeKind;
	/** Pages (cases, lessons, recommendations) that tag both concepts. */
	sharedUse: number;
}

export interface ConceptGraph {
	nodes: GraphConcept[];
	/** Sorted by `a`, then `b`: stable across builds. */
	edges: GraphEdge[];
	/** The smallest number of pages tagging two concepts together that makes a shared-use edge. */
	sharedThreshold: number;
}

/**
 * Tagged together on this many pages or more: a shared-use edge. With the
 * paper's content this adds a few dozen edges to the `related` ones, enough to
 * show strong links the authors did not declare without burying the picture.
 */
export const defaultSharedThreshold = 4;

const pairKey = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
const splitPair = (key: string) => key.split('\u0000') as [string, string];

/** For each pair of concepts, the number of tag lists (one per page) that name both. */
export function sharedUseCounts(tagLists: readonly (readonly string[])[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const list of tagLists) {
		const tags = [...new Set(list)].sort();
		for (let i = 0; i < tags.length; i++)
			for (let j = i + 1; j < tags.length; j++) {
				const key = pairKey(tags[i], tags[j]);
				counts.set(key, (counts.get(key) ?? 0) + 1);
			}
	}
	return counts;
}

/**
 * The concept graph. A pair that is `related` (either way) is one related
 * edge, whatever its shared use; any other pair tagged together on at least
 * `sharedThreshold` pages is a shared-use edge. Ids that name no concept are ignored.
 */
export function conceptGraph(
	concepts: readonly GraphConcept[],
	tagLists: readonly (readonly string[])[],
	sharedThreshold = defaultSharedThreshold,
): ConceptGraph {
	if (!(Number.isInteger(sharedThreshold) && sharedThreshold >= 1))
		throw new Error(`conceptGraph: the shared-use threshold must be a whole number of pages, 1 or more (got ${sharedThreshold})`);
	const known = new Set(concepts.map((c) => c.id));
	const counts = sharedUseCounts(tagLists);
	const related = new Set<string>();
	for (const c of concepts) for (const r of c.related) if (r !== c.id && known.has(r)) related.add(pairKey(c.id, r));

	const edges: GraphEdge[] = [];
	for (const key of related) {
		const [a, b] = splitPair(key);
		edges.push({ a, b, kind: 'related', sharedUse: counts.get(key) ?? 0 });
	}
	for (const [key, count] of counts) {
		if (count < sharedThreshold || related.has(key)) continue;
		const [a, b] = splitPair(key);
		if (known.has(a) && known.has(b)) edges.push({ a, b, kind: 'shared', sharedUse: count });
	}
	edges.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
	return { nodes: [...concepts], edges, sharedThreshold };
}

/** A concept's neighbours on the map, by kind of edge, in the order of `graph.nodes`. */
export function neighbourhood(graph: ConceptGraph, id: string): { related: string[]; shared: string[] } {
	const related = new Set<string>();
	const shared = new Set<string>();
	for (const e of graph.edges) {
		const other = e.a === id ? e.b : e.b === id ? e.a : undefined;
		if (other !== undefined) (e.kind === 'related' ? related : shared).add(other);
	}
	const inOrder = (set: Set<string>) => graph.nodes.map((n) => n.id).filter((n) => set.has(n));
	return { related: inOrder(related), shared: inOrder(shared) };
}
