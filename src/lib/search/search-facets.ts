/**
 * What the search index knows about each page beyond its text: the filters
 * a reader can narrow by (type, case study, country, sector, cluster type,
 * actor, concept) and the extra names it answers to (aliases, abbreviations,
 * other spellings). Pure: computed from entry data, tested without Astro.
 */
import { actorLabel, cellLabel, cellOf, collectionLabel } from '../../i18n/labels';
import { t } from '../../i18n/ui';
import { collator } from '../../i18n/format';
import { defaultLanguage } from '../../i18n/languages';
import type { Actor, Taxonomy, TaxonomyCell } from '../../schemas/taxonomy';
import type { PageCollection } from '../content/collections';
import { facetIds, type FacetId } from './facet-ids';

/** A page's filter values, by filter id. */
export type Facets = Partial<Record<FacetId, string[]>>;

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

const order = collator(defaultLanguage, { sensitivity: 'variant' });
const unique = (values: string[]) => [...new Set(values)].sort(order.compare);

/** The filters of one page. */
export function facetsOf(input: FacetInput): Facets {
	const cells = new Set<TaxonomyCell>(input.cells ?? []);
	for (const c of input.cases) cells.add(cellOf(c.taxonomy));
	const facets: Facets = {
		type: [collectionLabel[input.collection].one],
		caseStudy: unique(input.cases.map((c) => c.title)),
		country: unique(input.cases.flatMap((c) => c.country.split(/\s*,\s*|\s+and\s+/))),
		sector: unique(input.cases.map((c) => c.sector)),
		clusterType: unique([...cells].map((c) => cellLabel[c])),
		actor: unique((input.actors ?? []).map((a) => actorLabel[a])),
		concept: unique(input.conceptTitles),
	};
	for (const id of facetIds) if (facets[id]?.length === 0) delete facets[id];
	return facets;
}

/** Pagefind filter attributes, one `[filter name, value]` per value, named in the page language. */
export function facetPairs(facets: Facets): [string, string][] {
	const names = t().search.facets;
	return facetIds.flatMap((id) => (facets[id] ?? []).map((value) => [names[id].name, value] as [string, string]));
}
