/**
 * The one module that asks Astro for content. Pages and components call
 * `getSite()` and read from what it returns; nothing else calls
 * `getCollection`. Loading, cross-checking and the link index happen once
 * per build.
 */
import { distinctAliases } from './aliases';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { collectionNames, type CollectionName, type OwnPageCollection } from './collections';
import { namedEntries } from './named-entries';
import { buildSiteIndex, formatProblems, keyOf, type AnyEntry, type Collection, type SiteIndex } from './site-index';
import { facetsOf, type CaseFacts, type Facets } from '../search/search-facets';
import { sortCases, sortConcepts, sortLessons, sortRecommendations } from './ordering';
import { unitReadingMinutes } from './reading-time';
import { parseUnitRef } from '../../schemas/path';
import { planReadingProblems } from '../../schemas/session-plan';
import { conceptGraph, type ConceptGraph } from './concept-graph';
import { collator } from '../../i18n/format';
import { defaultLanguage, sourceLanguage, type TranslatedLanguage } from '../../i18n/languages';
import { folderOf, translationCollectionName } from './collections';
import { localizeCollection, TranslationError, type LoadedEntry } from './editions';
import { conceptNames, readTerminology } from './terminology';
import { existsSync, readFileSync } from 'node:fs';

/** Glossary entries and clusters sort as a reader of the page's language expects. */
const names = collator(defaultLanguage);

export type Concept = CollectionEntry<'concepts'>;
export type Case = CollectionEntry<'cases'>;
export type Lesson = CollectionEntry<'lessons'>;
export type Recommendation = CollectionEntry<'recommendations'>;
export type Organization = CollectionEntry<'organizations'>;
export type Cluster = CollectionEntry<'clusters'>;
export type Path = CollectionEntry<'paths'>;
export type Chart = CollectionEntry<'charts'>;
/** A longer text of a fixed page (`content/pages/`). */
export type PageText = CollectionEntry<'pageTexts'>;
export type PageEntry = Concept | Case | Lesson | Recommendation;

/** Every collection of the registry (`collections.ts`), in reading order, each entry checked. */
export type Site = { [C in CollectionName]: CollectionEntry<C>[] } & {
	index: SiteIndex;
	/** Reading time in minutes of every page entry and path, by `collection/id`, computed from the text. */
	readingMinutes: Map<string, number>;
	/** Entries of a collection by id. */
	byId: { [C in CollectionName]: Map<string, CollectionEntry<C>> };
};

/** Thrown when entries reference ids that do not exist; the message lists every file and problem. */
export class ContentReferenceError extends Error {
	override name = 'ContentReferenceError';
}

let sitePromise: Promise<Site> | undefined;

/** All content, checked and indexed. Memoized for the build. */
export function getSite(): Promise<Site> {
	// In dev, content changes between requests: rebuild each time there.
	if (!sitePromise || import.meta.env.DEV) sitePromise = loadSite();
	return sitePromise;
}

const mapById = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));

/**
 * The static paths of a collection's entry pages (`/cases/<id>/`), one per
 * entry with the entry as its prop: what every `[id].astro` route exports
 * as `getStaticPaths`.
 */
export async function entryPaths<C extends OwnPageCollection>(collection: C) {
	const site = await getSite();
	return (site[collection] as CollectionEntry<C>[]).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** The reading order of each collection; collections not named here are ordered by id. */
function ordered(loaded: { [C in CollectionName]: CollectionEntry<C>[] }) {
	const cases = sortCases(loaded.cases);
	const caseOrder = new Map(cases.map((c) => [c.id, c.data.order]));
	const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
	const sorted: { [C in CollectionName]?: CollectionEntry<C>[] } = {
		concepts: sortConcepts(loaded.concepts),
		cases,
		lessons: sortLessons(loaded.lessons, caseOrder),
		recommendations: sortRecommendations(loaded.recommendations),
		paths: [...loaded.paths].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
		paperSections: [...loaded.paperSections].sort((a, b) => a.data.order - b.data.order),
		organizations: [...loaded.organizations].sort((a, b) =>
			names.compare(a.data.abbreviation ?? a.data.name, b.data.abbreviation ?? b.data.name),
		),
		clusters: [...loaded.clusters].sort((a, b) => names.compare(a.data.name, b.data.name)),
		charts: [...loaded.charts].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
	};
	return Object.fromEntries(
		collectionNames.map((c) => [c, sorted[c] ?? byId(loaded[c] as { id: string }[])]),
	) as unknown as typeof loaded;
}

/** Reading time of every unit, from its text; a path's is the sum of its units' (its own page is the plan). */
function readingTimes(loaded: { [C in CollectionName]: CollectionEntry<C>[] }): Map<string, number> {
	const minutes = new Map<string, number>();
	for (const entry of [...loaded.concepts, ...loaded.cases, ...loaded.lessons, ...loaded.recommendations])
		minutes.set(`${entry.collection}/${entry.id}`, unitReadingMinutes(entry.data.summary, entry.body ?? ''));
	for (const path of loaded.paths)
		minutes.set(
			`paths/${path.id}`,
			path.data.units.reduce((sum, step) => {
				const { collection, id } = parseUnitRef(step.unit);
				return sum + (minutes.get(`${collection}/${id}`) ?? 0);
			}, 0),
		);
	return minutes;
}

/**
 * A translated edition's collections: each English entry with its
 * translation's words. Fails the build on a missing, orphan or misshapen
 * translation, naming every file; lists out-of-date ones in the build log.
 */
async function localized(
	english: { [C in CollectionName]: CollectionEntry<C>[] },
	language: TranslatedLanguage,
): Promise<{ [C in CollectionName]: CollectionEntry<C>[] }> {
	const problems: string[] = [];
	const stale: string[] = [];
	const result = Object.fromEntries(
		await Promise.all(
			collectionNames.map(async (c) => {
				const name = translationCollectionName(c, language);
				// Translation collections exist only in their edition's build (content.config.ts), so Astro's
				// generated types, made for the English build, do not list them.
				const load = getCollection as unknown as (collection: string) => Promise<LoadedEntry[]>;
				const translations = existsSync(`content/${language}/${folderOf(c)}`) ? await load(name) : [];
				const edition = localizeCollection(c, language, english[c] as unknown as LoadedEntry[], translations, (file) =>
					readFileSync(file, 'utf8'),
				);
				problems.push(...edition.problems);
				stale.push(...edition.stale);
				return [c, edition.entries.map((e) => e.entry)] as const;
			}),
		),
	) as unknown as { [C in CollectionName]: CollectionEntry<C>[] };
	// The terminology table's names of each concept are search synonyms of its page, beside the translation's own.
	const terminology = readTerminology(language, new Set(english.concepts.map((c) => c.id)));
	problems.push(...terminology.problems);
	for (const concept of result.concepts) {
		const names = conceptNames(terminology.terms, concept.id);
		concept.data = { ...concept.data, aliases: [...new Set([...concept.data.aliases, ...names])] };
	}
	if (problems.length)
		throw new TranslationError(`The ${language} edition is not complete (${problems.length} problems):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	if (stale.length)
		console.warn(
			`translations: ${stale.length} ${language} translation(s) out of date with their English file (npm run translations -- status):\n${stale.map((f) => `  - ${f}`).join('\n')}`,
		);
	return result;
}

async function loadSite(): Promise<Site> {
	const english = Object.fromEntries(
		await Promise.all(collectionNames.map(async (c) => [c, await getCollection(c)] as const)),
	) as { [C in CollectionName]: CollectionEntry<C>[] };
	const loaded = defaultLanguage === sourceLanguage ? english : await localized(english, defaultLanguage);

	const all = collectionNames.flatMap((c) => loaded[c] as unknown as AnyEntry[]);
	const index = buildSiteIndex(all);
	if (index.problems.length > 0) throw new ContentReferenceError(formatProblems(index.problems));
	// From the English text in every edition: a translation says the same in more words (the French and Spanish
	// paths came to 12-25% more minutes at the same pace), and the session plans, stated once in English, give
	// the reading its time from the English reading times.
	const readingMinutes = readingTimes(english);
	const planProblems = loaded.paths.flatMap((path) =>
		planReadingProblems(path.data.sessionPlan, readingMinutes.get(`paths/${path.id}`) ?? 0).map(
			(problem) => `${path.filePath ?? `content/${folderOf('paths')}/${path.id}.mdx`}: ${problem}`,
		),
	);
	if (planProblems.length > 0) throw new ContentReferenceError(planProblems.join('\n'));

	return {
		...ordered(loaded),
		index,
		readingMinutes,
		byId: Object.fromEntries(collectionNames.map((c) => [c, mapById(loaded[c] as { id: string }[])])) as unknown as Site['byId'],
	};
}

/** Entries of `from` that reference `collection/id` (through `via`, if given), in reading order. */
export function referencing<C extends 'concepts' | 'cases' | 'lessons' | 'recommendations'>(
	site: Site,
	from: C,
	collection: Collection,
	id: string,
	via?: string,
): Site[C] {
	const ids = new Set(
		(site.index.incoming.get(keyOf(collection, id)) ?? [])
			.filter((l) => l.from.startsWith(`${from}/`) && (via === undefined || l.via === via))
			.map((l) => l.from.slice(from.length + 1)),
	);
	return (site[from] as PageEntry[]).filter((e) => ids.has(e.id)) as Site[C];
}

/** Renders an entry's MDX body (diagrams and links already resolved at compile time). */
export function renderEntry(entry: PageEntry | Path | PageText) {
	return render(entry);
}

/** What a concept's page lists: its related concepts and every entry tagged with it. */
export function conceptRelations(site: Site, id: string) {
	const concept = site.byId.concepts.get(id);
	const declared = new Set(concept?.data.related ?? []);
	// Relatedness is symmetric for readers: a concept that names this one as related is listed too.
	for (const other of referencing(site, 'concepts', 'concepts', id, 'related')) declared.add(other.id);
	declared.delete(id);
	return {
		related: site.concepts.filter((c) => declared.has(c.id)),
		cases: referencing(site, 'cases', 'concepts', id, 'concepts'),
		lessons: referencing(site, 'lessons', 'concepts', id, 'concepts'),
		recommendations: referencing(site, 'recommendations', 'concepts', id, 'concepts'),
		concepts: referencing(site, 'concepts', 'concepts', id, 'concepts'),
	};
}

/**
 * The graph of the concept map: `related` pairs, and pairs that the cases,
 * lessons and recommendations tag together often (see `concept-graph.ts`).
 */
export function conceptGraphOf(site: Site, sharedThreshold?: number): ConceptGraph {
	return conceptGraph(
		site.concepts.map((c) => ({ id: c.id, title: c.data.title, theme: c.data.theme, related: c.data.related })),
		[...site.cases, ...site.lessons, ...site.recommendations].map((e) => e.data.concepts),
		sharedThreshold,
	);
}

/** The lessons of a case, in the paper's order. */
export function lessonsOfCase(site: Site, caseId: string): Lesson[] {
	return site.lessons.filter((l) => l.data.case === caseId);
}

/** Recommendations a case supports: named by the recommendation, or by one of the case's lessons. */
export function recommendationsOfCase(site: Site, caseId: string): Recommendation[] {
	const ids = new Set(lessonsOfCase(site, caseId).flatMap((l) => l.data.recommendations));
	for (const r of referencing(site, 'recommendations', 'cases', caseId, 'cases')) ids.add(r.id);
	return site.recommendations.filter((r) => ids.has(r.id));
}

/** The charts that name a case, in the order of `/charts/`. */
export function chartsOfCase(site: Site, caseId: string): Chart[] {
	return site.charts.filter((c) => c.data.cases.includes(caseId));
}

/** Lessons that support a recommendation, and the cases behind it. */
export function evidenceFor(site: Site, recommendationId: string) {
	const lessons = referencing(site, 'lessons', 'recommendations', recommendationId, 'recommendations');
	const recommendation = site.byId.recommendations.get(recommendationId);
	const caseIds = new Set([...(recommendation?.data.cases ?? []), ...lessons.map((l) => l.data.case)]);
	return { lessons, cases: site.cases.filter((c) => caseIds.has(c.id)) };
}

/** Every page entry that cites a work, in reading order (frontmatter or body). */
export function citingEntries(site: Site, collection: 'sources' | 'organizations' | 'clusters' | 'paperSections', id: string): PageEntry[] {
	return [
		...referencing(site, 'concepts', collection, id),
		...referencing(site, 'cases', collection, id),
		...referencing(site, 'lessons', collection, id),
		...referencing(site, 'recommendations', collection, id),
	];
}

/** The search filters of an entry's page (see `search-facets.ts`). */
export function entryFacets(site: Site, entry: PageEntry): Facets {
	const caseFacts = (c: Case): CaseFacts => ({
		title: c.data.title,
		country: c.data.country,
		sector: c.data.sector,
		taxonomy: c.data.taxonomy,
	});
	const conceptTitles = entry.data.concepts.map((id) => site.byId.concepts.get(id)?.data.title ?? id);
	switch (entry.collection) {
		case 'concepts':
			return facetsOf({
				collection: 'concepts',
				conceptTitles: [entry.data.title, ...conceptTitles],
				cases: conceptRelations(site, entry.id).cases.map(caseFacts),
			});
		case 'cases':
			return facetsOf({ collection: 'cases', conceptTitles, cases: [caseFacts(entry)] });
		case 'lessons': {
			const parent = site.byId.cases.get(entry.data.case);
			return facetsOf({ collection: 'lessons', conceptTitles, cases: parent ? [caseFacts(parent)] : [] });
		}
		case 'recommendations':
			return facetsOf({
				collection: 'recommendations',
				conceptTitles,
				cases: evidenceFor(site, entry.id).cases.map(caseFacts),
				cells: entry.data.appliesTo,
				actors: entry.data.actors,
			});
	}
}

/** The clusters a case study is about (those whose `case` names it). */
const clustersOfCase = (site: Site, caseId: string) => site.clusters.filter((c) => c.data.case === caseId);

/**
 * Other names a page answers to in search: a concept's aliases, a case's
 * cluster names; only those that do not repeat the title (see `distinctAliases`).
 */
export function entryAliases(site: Site, entry: PageEntry): string[] {
	if (entry.collection === 'concepts') return distinctAliases(entry.data.title, entry.data.aliases);
	if (entry.collection === 'cases') {
		const names = clustersOfCase(site, entry.id).flatMap((c) => [c.data.name, ...c.data.aliases]);
		return distinctAliases(entry.data.title, names);
	}
	return [];
}

/** Words an entry's page answers to in search that are not shown as its names: its own, or a case's clusters'. */
export function entrySearchTerms(site: Site, entry: PageEntry): string[] {
	if (entry.collection === 'cases') return clustersOfCase(site, entry.id).flatMap((c) => c.data.searchTerms);
	return entry.data.searchTerms;
}

/**
 * Entries a page names by id in its code, in the order given. `page` is the
 * page's file (`src/pages/index.astro`): an unknown id fails the build naming it.
 */
export function named<C extends CollectionName>(site: Site, collection: C, ids: readonly string[], page: string): CollectionEntry<C>[] {
	return namedEntries(site.byId[collection] as ReadonlyMap<string, CollectionEntry<C>>, collection, ids, page);
}

/** A unit of a path, resolved: its entry, reading time and why it is there. */
export interface PathUnit {
	entry: PageEntry;
	minutes: number;
	why: string;
}

/** The entry a `collection:id` unit reference names (checked to exist when the site loads). */
export function unitEntry(site: Site, ref: string): PageEntry {
	const { collection, id } = parseUnitRef(ref);
	return site.byId[collection].get(id)! as PageEntry;
}

const unitMinutes = (site: Site, ref: string) => {
	const { collection, id } = parseUnitRef(ref);
	return site.readingMinutes.get(`${collection}/${id}`) ?? 1;
};

/** The units of a path in order, resolved to their entries. */
export function pathUnits(site: Site, path: Path): PathUnit[] {
	return path.data.units.map((step) => ({ entry: unitEntry(site, step.unit), minutes: unitMinutes(site, step.unit), why: step.why }));
}

/** The learning paths an entry belongs to, with its previous and next unit in each (from the site index). */
export function pathsOfEntry(site: Site, entry: PageEntry) {
	const resolve = (key?: string) => (key ? unitEntry(site, key.replace('/', ':')) : undefined);
	return (site.index.memberships.get(keyOf(entry.collection, entry.id)) ?? []).map((m) => ({
		path: site.byId.paths.get(m.path)!,
		position: m.position,
		count: m.count,
		previous: resolve(m.previous),
		next: resolve(m.next),
	}));
}
