/**
 * The registry of content collections: for each collection, stated once,
 * its content folder and file format, how content links name it (the
 * link scheme), where its entries live on the site, and which frontmatter
 * fields point at it. The URL builder, the site index, the link check,
 * the file name check, `content.config.ts` and `content.ts` all derive
 * from this table, so adding a collection is one entry here plus its
 * schema in `src/schemas/` (wired in `content.config.ts`) and its labels
 * in `labels.ts` (the compiler asks for both).
 *
 * Kinds:
 *  - `page`: an MDX entry with its own page at `<path><id>/` (concepts).
 *  - `entry-page`: a YAML record with a small page of its own at
 *    `<path><id>/` (an institution at `/glossary/sima/`).
 *  - `anchor`: a YAML record shown as a section of one shared page, at
 *    `<path>#<id>` (a work the paper cites on `/references/`).
 *  - `data`: a YAML record with no address of its own (a cluster).
 */
import type { TranslatedLanguage } from '../../i18n/languages.ts';

/** How the entries of a collection are written. */
export type CollectionFormat = 'mdx' | 'yaml';
export type CollectionKind = 'page' | 'entry-page' | 'anchor' | 'data';

export interface CollectionSpec {
	/** The folder under `content/`, one file per entry, the file name being the id. */
	folder: string;
	format: CollectionFormat;
	kind: CollectionKind;
	/** The scheme of content links to the collection (`[x](concepts:joint-action)`); none for `data`. */
	scheme?: string;
	/**
	 * The site page that lists the collection (or holds its anchors): its
	 * name for `pageUrl` and its path. Entry pages live under that path.
	 */
	page?: { name: string; path: string };
	/** Frontmatter fields (of any collection) whose ids point at this collection. */
	referencedBy: readonly string[];
}

export const collections = {
	concepts: {
		folder: 'concepts',
		format: 'mdx',
		kind: 'page',
		scheme: 'concepts',
		page: { name: 'concepts', path: '/concepts/' },
		referencedBy: ['concepts', 'related'],
	},
	cases: {
		folder: 'cases',
		format: 'mdx',
		kind: 'page',
		scheme: 'cases',
		page: { name: 'cases', path: '/cases/' },
		referencedBy: ['cases', 'case'],
	},
	lessons: {
		folder: 'lessons',
		format: 'mdx',
		kind: 'page',
		scheme: 'lessons',
		page: { name: 'lessons', path: '/lessons/' },
		referencedBy: ['relatedLessons'],
	},
	recommendations: {
		folder: 'recommendations',
		format: 'mdx',
		kind: 'page',
		scheme: 'recommendations',
		page: { name: 'recommendations', path: '/recommendations/' },
		referencedBy: ['recommendations'],
	},
	// Learning paths: modules for trainers. Their units are `collection:id` strings
	// in nested fields, checked by `pathReferences` in the site index.
	paths: {
		folder: 'paths',
		format: 'mdx',
		kind: 'page',
		scheme: 'paths',
		page: { name: 'paths', path: '/paths/' },
		referencedBy: [],
	},
	paperSections: {
		folder: 'paper-sections',
		format: 'yaml',
		kind: 'anchor',
		scheme: 'paper',
		page: { name: 'paper', path: '/paper/' },
		referencedBy: ['sections'],
	},
	sources: {
		folder: 'sources',
		format: 'yaml',
		kind: 'anchor',
		scheme: 'sources',
		page: { name: 'references', path: '/references/' },
		referencedBy: ['citedWorks'],
	},
	// One collection, three names: the folder holds institutions and abbreviations
	// ("organizations"), readers know them as the glossary, links write `glossary:`.
	organizations: {
		folder: 'organizations',
		format: 'yaml',
		kind: 'entry-page',
		scheme: 'glossary',
		page: { name: 'glossary', path: '/glossary/' },
		referencedBy: ['organizations'],
	},
	clusters: {
		folder: 'clusters',
		format: 'yaml',
		kind: 'data',
		referencedBy: ['clusters'],
	},
	// Charts of the numbers the paper gives, each a section of /charts/ (`[x](charts:sialkot-exports)`).
	charts: {
		folder: 'charts',
		format: 'yaml',
		kind: 'anchor',
		scheme: 'charts',
		page: { name: 'charts', path: '/charts/' },
		referencedBy: [],
	},
	// The longer texts of fixed pages (the trainers' guide; the introductions of the home, paper, charts,
	// taxonomy and cluster map pages): MDX with no address of its own, placed by the page's template.
	pageTexts: {
		folder: 'pages',
		format: 'mdx',
		kind: 'data',
		referencedBy: [],
	},
} as const satisfies Record<string, CollectionSpec>;

type Registry = typeof collections;
/** A collection's name, as Astro and the site index know it (`paperSections`). */
export type CollectionName = keyof Registry;

type NamesWhere<P> = { [C in CollectionName]: Registry[C] extends P ? C : never }[CollectionName];
/** MDX collections with a page per entry. */
export type PageCollection = NamesWhere<{ kind: 'page' }>;
/** Collections whose entries have an address of their own (`<path><id>/`). */
export type OwnPageCollection = NamesWhere<{ kind: 'page' | 'entry-page' }>;
/** Collections whose entries are anchors of a shared page. */
export type AnchorCollection = NamesWhere<{ kind: 'anchor' }>;
/** Collections that content links can name. */
export type LinkedCollection = NamesWhere<{ scheme: string }>;
/** A content-link scheme (`concepts`, `paper`, `glossary`, ...). */
export type LinkScheme = Registry[LinkedCollection]['scheme'];
/** The name of a page that lists a collection (`paper`, `glossary`, ...). */
export type CollectionPageName = Registry[NamesWhere<{ page: object }>] extends infer S
	? S extends { page: { name: infer N } }
		? N
		: never
	: never;

export const collectionNames = Object.keys(collections) as CollectionName[];

/** The collection of a collection's translations into a language (`concepts-fr`), read from `content/<language>/<folder>/`. */
export type TranslationCollectionName = `${CollectionName}-${TranslatedLanguage}`;
export const translationCollectionName = <C extends CollectionName, L extends TranslatedLanguage>(collection: C, language: L) =>
	`${collection}-${language}` as `${C}-${L}`;

const spec = (name: CollectionName): CollectionSpec => collections[name];

export const ownPageCollections = collectionNames.filter((c) => ['page', 'entry-page'].includes(spec(c).kind)) as OwnPageCollection[];

/** Content-link scheme → collection (`paper` → `paperSections`). */
const bySchemeMap = new Map(collectionNames.flatMap((c) => (spec(c).scheme ? [[spec(c).scheme!, c] as const] : [])));

/** The collection a content-link scheme names, or undefined for a string that is no scheme. */
export function collectionOfScheme(scheme: string): LinkedCollection | undefined {
	return bySchemeMap.get(scheme) as LinkedCollection | undefined;
}

/** Every content-link scheme, for messages that suggest one. */
export const linkSchemes = [...bySchemeMap.keys()] as LinkScheme[];

/** The content folder of a collection (`paperSections` → `paper-sections`). */
export const folderOf = (collection: CollectionName): string => spec(collection).folder;

/** The file extension a writer uses for a new entry of the collection. */
export const extensionOf = (collection: CollectionName): string => (spec(collection).format === 'mdx' ? 'mdx' : 'yaml');

/** The file name patterns Astro's loader reads for a collection. */
export const filePatternOf = (collection: CollectionName): string =>
	spec(collection).format === 'mdx' ? '*.{md,mdx}' : '*.{yaml,yml,json}';

/** Which frontmatter field points at which collection (derived from `referencedBy`). */
export const referenceFields: Readonly<Record<string, CollectionName>> = Object.fromEntries(
	collectionNames.flatMap((c) => spec(c).referencedBy.map((field) => [field, c])),
);
