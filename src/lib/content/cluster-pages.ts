/**
 * What a table of clusters shows in a cluster's "on this site" cell (on
 * `/map/clusters/` and `/cases/`): which kind of link and which links,
 * decided from plain data so that a test can call it without Astro.
 */

/** One link of the cell: an address from `urls.ts` and the title of what it opens. */
export interface TitledLink {
	href: string;
	title: string;
}

/** Where a cluster is discussed: its case study (if it has one), the site's pages that cite it, the paper's sections that name it. */
export interface ClusterPlaces {
	caseStudy?: TitledLink;
	mentions: readonly TitledLink[];
	sections: readonly TitledLink[];
}

/** The kind of links a cell shows; `labels.ts` (`clusterPagesLabels`) names each. */
export type ClusterPagesKind = 'caseStudy' | 'mentionedOn' | 'paperSections';

export interface ClusterPagesCell {
	kind: ClusterPagesKind;
	links: readonly TitledLink[];
}

/**
 * The cell of one cluster. With `caseStudyFirst` (the map's key), a cluster
 * that has a case study shows only that page; otherwise (the listing on
 * `/cases/`) it shows every page that cites it, its case study among them.
 * A cluster no page cites shows the paper's sections that name it.
 */
export function clusterPagesCell(places: ClusterPlaces, { caseStudyFirst }: { caseStudyFirst: boolean }): ClusterPagesCell {
	if (caseStudyFirst && places.caseStudy) return { kind: 'caseStudy', links: [places.caseStudy] };
	if (places.mentions.length > 0) return { kind: 'mentionedOn', links: places.mentions };
	return { kind: 'paperSections', links: places.sections };
}
