/**
 * Labels of the ids and enums of the content model, and the small functions
 * that put them together, read from the strings module of the page language
 * (`ui.ts`). Views only: every word is in `en.ts`.
 */
import type { Actor, TaxonomyCell } from '../schemas/taxonomy';
import type { ConceptTheme } from '../schemas/concept';
import type { RecommendationGroup } from '../schemas/recommendation';
import type { CollectionName } from '../lib/content/collections';
import type { PaperPart } from '../schemas/paper-section';
import type { ClusterPagesKind } from '../lib/content/cluster-pages';
import { paperRecord } from '../lib/citation/citation';
import { t } from './ui';

const words = t();

/** What one entry and several entries of each collection (see `collections.ts`) are called. */
export const collectionLabel: Record<CollectionName, { one: string; many: string }> = words.collections;

/** A collection's entry named in running text ("unknown case study ..."). */
export const collectionNoun = (collection: CollectionName): string => collectionLabel[collection].one.toLowerCase();

/** "1 min", "12 min", "1 h 05 min": a reading time or duration for display. */
export function formatMinutes(minutes: number): string {
	if (minutes < 60) return words.time.minutes(minutes);
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return m === 0 ? words.time.hours(h) : words.time.hoursMinutes(h, String(m).padStart(2, '0'));
}

/** "0:00", "1:05": minutes from the start of a session as a clock time. */
export function formatClock(minutes: number): string {
	return words.time.clock(Math.floor(minutes / 60), String(minutes % 60).padStart(2, '0'));
}

/** "0:10–0:45": a step of a session from its start to its end, in minutes from the start of the session. */
export const formatClockSpan = (from: number, to: number): string =>
	words.time.span(formatClock(from), formatClock(to));

/** Words of the learning paths, their pages, handouts and packages. */
export const pathLabels = words.paths;

export const cellLabel: Record<TaxonomyCell, string> = words.taxonomy.cells;
export const industryLabel = words.taxonomy.industries;
export const structureLabel = words.taxonomy.structures;

/** The cell id of a taxonomy position. */
export const cellOf = (t: {
	industry: keyof typeof industryLabel;
	structure: keyof typeof structureLabel;
}): TaxonomyCell => `${t.industry === 'high-tech' ? 'high-tech' : 'traditional'}-${t.structure}` as TaxonomyCell;

export const actorLabel: Record<Actor, string> = words.taxonomy.actors;
export const themeLabel: Record<ConceptTheme, string> = words.concepts.themes;
export const groupLabel: Record<RecommendationGroup, string> = words.recommendations.groups;

export const siteTitle = words.site.title;
/** The paper's reference in running text, from its one record (`src/lib/citation/citation.ts`). */
export const paperCitation = words.paperReference(paperRecord);

/** A label and its colon as the page language sets them ("Part of:", French "Fait partie de :"). */
export const labelled = words.labelled;
/** A table's column names, each with its colon (`labelled`): the labels its cells carry where its rows stack on a phone. */
export const labelledColumns = <Columns extends Record<string, string>>(columns: Columns): Columns =>
	Object.fromEntries(Object.entries(columns).map(([key, name]) => [key, labelled(name)])) as Columns;
/** The colon alone, with the space the language puts before it, for a label set apart in its own element. */
export const colon = labelled('');

/** How a paper section is named in links: "Part I, 4a. Provision of demand-driven training", "Part II: Sialkot …". */
export function sectionLabel(section: { part: PaperPart; number?: string; title: string }): string {
	const part = words.paper.parts[section.part];
	return section.number ? `${part}, ${section.number}. ${section.title}` : `${labelled(part)} ${section.title}`;
}

/** The accessible name of the "¶" link after each paragraph, list item and table. */
export const blockAnchorLabel = words.blockAnchor;

/** The words of the "Cite this page" box and of the copy controls. */
export const citeLabels = words.cite;

/** Words around the site's diagrams. */
export const diagramLabels = words.diagrams;

/** Words of the concept map and of the neighbourhood picture on each concept's page. */
export const conceptMapLabels = words.conceptMap;

/** Words of the cluster map page. */
export const clusterMapLabels = words.clusterMap;

/** Words of the table of every cluster the paper names, on `/cases/`. */
export const casesClusterTableLabels = words.cases.clusterTable;

/** A cluster's Table 1 type in a table of clusters, or `noType` where the paper places it in none. */
export const clusterTypeLabel = (taxonomy: Parameters<typeof cellOf>[0] | undefined, noType: string): string =>
	taxonomy ? cellLabel[cellOf(taxonomy)] : noType;

/** What the links of a cluster's "on this site" cell are (see `cluster-pages.ts`). */
export const clusterPagesLabels: Record<ClusterPagesKind, string> = words.clusterPages;

/** Words of the Table 1 matrix on /taxonomy/. */
export const taxonomyMatrixLabels = words.taxonomy.matrix;

/** Charts of the paper's figures. */
export const chartLabels = words.charts;

/** The hub of the maps and charts, and how other pages name them. */
export const mapsLabels = words.maps;
