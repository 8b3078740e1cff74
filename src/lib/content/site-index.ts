/**
 * The link index of the site, computed once from all entries: which
 * references exist, which are broken, and every backlink. Concept pages
 * (tag pages), "cited by" lists and the future concept map all read from
 * here, never from their own scans. Pure: tests call it without Astro.
 */
import type { CaseData } from '../../schemas/case-study';
import type { ConceptData } from '../../schemas/concept';
import type { LessonData } from '../../schemas/lesson';
import type { RecommendationData } from '../../schemas/recommendation';
import { parseUnitRef, type PathData } from '../../schemas/path';
import { folderOf, referenceFields, type CollectionName, type PageCollection } from './collections';
import { contentLinksOfBody } from './content-links';
import { collectionNoun } from '../../i18n/labels';
import { schemeCollection } from '../site/urls';

import { closestId } from './closest';
export { closestId };

/** A collection's name (see the registry in `collections.ts`). */
export type Collection = CollectionName;
export type DataCollection = Exclude<CollectionName, PageCollection>;

interface Base<C extends Collection, D> {
	collection: C;
	id: string;
	/** Path of the source file, relative to the project root, for error messages. */
	filePath?: string;
	data: D;
	/** Raw MDX body, scanned for `scheme:id` links. */
	body?: string;
}
export type ConceptEntry = Base<'concepts', ConceptData>;
export type CaseEntry = Base<'cases', CaseData>;
export type LessonEntry = Base<'lessons', LessonData>;
export type RecommendationEntry = Base<'recommendations', RecommendationData>;
export type PathEntry = Base<'paths', PathData>;
export type PageEntry = ConceptEntry | CaseEntry | LessonEntry | RecommendationEntry;
export type DataEntry = Base<DataCollection, { sections?: string[]; case?: string }>;
export type AnyEntry = PageEntry | PathEntry | DataEntry;

/** A reference from one entry to another, and where it was written. */
export interface Link {
	from: EntryKey;
	to: EntryKey;
	/** The frontmatter field, or `body` for a link in the text. */
	via: string;
}

/** `collection/id`, the key of an entry across collections. */
export type EntryKey = `${Collection}/${string}`;
export const keyOf = (collection: Collection, id: string): EntryKey => `${collection}/${id}`;
export const splitKey = (key: EntryKey) => {
	const slash = key.indexOf('/');
	return { collection: key.slice(0, slash) as Collection, id: key.slice(slash + 1) };
};

/** A problem with the content, in words a writer can act on. */
export interface ContentProblem {
	file: string;
	message: string;
}

export interface SiteIndex {
	/** Every reference, frontmatter and body. */
	links: Link[];
	/** Every link into a key, grouped once so that lookups need no scan. */
	incoming: Map<EntryKey, Link[]>;
	/** Entries that reference a key (backlinks), in a stable order. */
	backlinks: Map<EntryKey, EntryKey[]>;
	problems: ContentProblem[];
	/** For each unit page, the learning paths it belongs to, with its neighbours there. */
	memberships: Map<EntryKey, PathMembership[]>;
}

/** A unit's place in one learning path. */
export interface PathMembership {
	path: string;
	/** 1-based position in the path's sequence. */
	position: number;
	count: number;
	previous?: EntryKey;
	next?: EntryKey;
}

/**
 * References nested inside a learning path's frontmatter: its units, the
 * material of its exercise, and the paper sections its answers are traced to.
 */
export function pathReferences(data: PathData): { collection: Collection; id: string; via: string }[] {
	const refs: { collection: Collection; id: string; via: string }[] = [];
	for (const step of data.units ?? []) refs.push({ ...parseUnitRef(step.unit), via: 'units' });
	for (const unit of data.exercise?.material ?? []) refs.push({ ...parseUnitRef(unit), via: 'exercise.material' });
	for (const point of data.exercise?.goodAnswer ?? [])
		for (const id of point.sections) refs.push({ collection: 'paperSections', id, via: 'exercise.goodAnswer.sections' });
	for (const item of data.selfCheck ?? [])
		for (const id of item.sections) refs.push({ collection: 'paperSections', id, via: 'selfCheck.sections' });
	return refs;
}

/** Where each unit sits in each path, from the paths' sequences. */
export function pathMemberships(paths: readonly { id: string; data: Pick<PathData, 'units'> }[]): Map<EntryKey, PathMembership[]> {
	const memberships = new Map<EntryKey, PathMembership[]>();
	for (const path of paths) {
		const keys = path.data.units.map((step) => {
			const { collection, id } = parseUnitRef(step.unit);
			return keyOf(collection, id);
		});
		keys.forEach((key, i) => {
			const membership: PathMembership = {
				path: path.id,
				position: i + 1,
				count: keys.length,
				...(i > 0 ? { previous: keys[i - 1] } : {}),
				...(i < keys.length - 1 ? { next: keys[i + 1] } : {}),
			};
			memberships.set(key, [...(memberships.get(key) ?? []), membership]);
		});
	}
	return memberships;
}

/** Links written in a content body as `[text](scheme:id)` or reference-style, read from its Markdown tree. */
export function bodyLinks(body: string, { mdx = true }: { mdx?: boolean } = {}): { collection: Collection; id: string }[] {
	return contentLinksOfBody(body, { mdx }).map((link) => ({ collection: schemeCollection(link.scheme), id: link.id }));
}

/** Builds the index and lists every broken reference. */
export function buildSiteIndex(entries: readonly AnyEntry[]): SiteIndex {
	const idsByCollection = new Map<Collection, Set<string>>();
	for (const entry of entries) {
		const ids = idsByCollection.get(entry.collection) ?? new Set<string>();
		ids.add(entry.id);
		idsByCollection.set(entry.collection, ids);
	}
	const exists = (collection: Collection, id: string) => idsByCollection.get(collection)?.has(id) ?? false;

	const links: Link[] = [];
	const problems: ContentProblem[] = [];
	const seen = new Set<string>();

	for (const entry of entries) {
		const from = keyOf(entry.collection, entry.id);
		const file = entry.filePath ?? from;
		const check = (collection: Collection, id: string, via: string) => {
			if (!exists(collection, id)) {
				const suggestion = closestId(id, idsByCollection.get(collection) ?? []);
				problems.push({
					file,
					message:
						`${via}: unknown ${collectionNoun(collection)} "${id}"` +
						(suggestion ? ` (did you mean "${suggestion}"?)` : '') +
						` — no file content/${folderOf(collection)}/${id}.*`,
				});
				return;
			}
			if (collection === entry.collection && id === entry.id && via !== 'body') {
				problems.push({ file, message: `${via}: an entry cannot reference itself ("${id}")` });
				return;
			}
			const link: Link = { from, to: keyOf(collection, id), via };
			const dedupe = `${link.from}>${link.to}>${via === 'body' ? 'body' : 'fm'}`;
			if (!seen.has(dedupe)) {
				seen.add(dedupe);
				links.push(link);
			}
		};

		const data = entry.data as Record<string, unknown>;
		for (const [field, collection] of Object.entries(referenceFields)) {
			const value = data[field];
			if (typeof value === 'string') check(collection, value, field);
			else if (Array.isArray(value)) for (const id of value) if (typeof id === 'string') check(collection, id, field);
		}
		// The comparison row of a case names the kinds of upgrading, which are concept pages.
		const comparison = data.comparison as { upgrading?: unknown } | undefined;
		if (Array.isArray(comparison?.upgrading))
			for (const id of comparison.upgrading) if (typeof id === 'string') check('concepts', id, 'comparison.upgrading');
		if (entry.collection === 'paths') for (const ref of pathReferences(entry.data)) check(ref.collection, ref.id, ref.via);
		if (entry.body) {
			const mdx = !entry.filePath?.endsWith('.md');
			for (const { collection, id } of bodyLinks(entry.body, { mdx })) check(collection, id, 'body');
		}
	}

	const incoming = new Map<EntryKey, Link[]>();
	for (const link of links) incoming.set(link.to, [...(incoming.get(link.to) ?? []), link]);
	const backlinks = new Map<EntryKey, EntryKey[]>(
		[...incoming].map(([to, into]) => [to, [...new Set(into.map((l) => l.from))].sort()]),
	);

	const paths = entries.filter((e): e is PathEntry => e.collection === 'paths' && Array.isArray((e.data as PathData).units));
	const memberships = pathMemberships([...paths].sort((a, b) => a.data.order - b.data.order));
	return { links, incoming, backlinks, problems, memberships };
}

/** Backlinks of one entry, grouped by the collection they come from. */
export function backlinksByCollection(index: SiteIndex, collection: Collection, id: string) {
	const grouped: Partial<Record<Collection, string[]>> = {};
	for (const key of index.backlinks.get(keyOf(collection, id)) ?? []) {
		const { collection: from, id: fromId } = splitKey(key);
		(grouped[from] ??= []).push(fromId);
	}
	return grouped;
}

/** Formats problems as one error message, one line per problem, grouped by file. */
export function formatProblems(problems: readonly ContentProblem[]): string {
	const byFile = new Map<string, string[]>();
	for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.message]);
	const lines = [`The content has ${problems.length} broken reference(s):`];
	for (const [file, messages] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
		lines.push(`  ${file}`);
		for (const m of messages) lines.push(`    - ${m}`);
	}
	return lines.join('\n');
}
