/**
 * What the search index knows about each page beyond its text: the filters
 * a reader can narrow by (type, case study, country, sector, cluster type,
 * actor, concept) and the extra names it answers to (aliases, abbreviations,
 * other spellings). Pure: computed from entry data, tested without Astro.
 */
import { actorLabel, cellLabel, cellOf, collectionLabel } from '../../i18n/labels';
import type { Actor, Taxonomy, TaxonomyCell } from '../../schemas/taxonomy';
import type { PageCollection } from '../content/collections';

/** Filter names as readers see them in the search page. */
export const facetNames = ['type', 'case study', 'country', 'sector', 'cluster type', 'actor', 'concept'] as const;
export type FacetName = (typeof facetNames)[number];
export type Facets = Partial<Record<FacetName, string[]>>;

/** The facts about a case that its lessons and recommendations inherit. */
export interface CaseFacts {
	title: string;
	country: string;
	sector: string;
	taxonomy: Taxonomy;
}

export interface FacetInput {
	collection: PageCollection;
	/** Titles of the entry's concept tags (and, for a concept, its own title). */
	conceptTitles: string[];
	/** The cases the entry belongs to or draws on. */
	cases: CaseFacts[];
	/** Cells of Table 1 the entry applies to, beyond those of its cases. */
	cells?: TaxonomyCell[];
	actors?: Actor[];
}

const unique = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** The filters of one page. */
export function facetsOf(input: FacetInput): Facets {
	const cells = new Set<TaxonomyCell>(input.cells ?? []);
	for (const c of input.cases) cells.add(cellOf(c.taxonomy));
	const facets: Facets = {
		type: [collectionLabel[input.collection].one],
		'case study': unique(input.cases.map((c) => c.title)),
		country: unique(input.cases.flatMap((c) => c.country.split(/\s*,\s*|\s+and\s+/))),
		sector: unique(input.cases.map((c) => c.sector)),
		'cluster type': unique([...cells].map((c) => cellLabel[c])),
		actor: unique((input.actors ?? []).map((a) => actorLabel[a])),
		concept: unique(input.conceptTitles),
	};
	for (const name of facetNames) if (facets[name]?.length === 0) delete facets[name];
	return facets;
}

/** Pagefind filter attributes, one `[name, value]` per value. */
export function facetPairs(facets: Facets): [FacetName, string][] {
	return facetNames.flatMap((name) => (facets[name] ?? []).map((value) => [name, value] as [FacetName, string]));
}
