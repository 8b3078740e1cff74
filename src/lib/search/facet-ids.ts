/**
 * The search filters a reader can narrow by, by id, in the order the search
 * page lists them. Their names (the Pagefind filter, the address's
 * parameter) and headings are words of each language (`search.facets` in
 * the strings modules). A module of its own so browser code gets the ids
 * without the content model's labels.
 */
export const facetIds = ['type', 'caseStudy', 'country', 'sector', 'clusterType', 'actor', 'concept'] as const;
export type FacetId = (typeof facetIds)[number];
