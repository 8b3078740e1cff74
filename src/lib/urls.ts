/**
 * The one place that builds the site's URLs. Every link in a component,
 * page, plugin or test goes through these functions, so the URL scheme
 * (which trainers paste into slides and must keep working) is defined once.
 */

/** Collections that have one page per entry. */
export const pageCollections = ['concepts', 'cases', 'lessons', 'recommendations'] as const;
export type PageCollection = (typeof pageCollections)[number];

/** Collections whose entries are anchors on a shared page. */
export const anchorCollections = {
	paper: { page: '/paper/', collection: 'paperSections' },
	sources: { page: '/references/', collection: 'sources' },
} as const;

/**
 * Data collections whose entries have a small page of their own: every
 * institution and abbreviation, so that "SIMA" has an address to look up and link.
 */
export const entryPageCollections = {
	glossary: { page: '/glossary/', collection: 'organizations' },
} as const;
export type EntryPageScheme = keyof typeof entryPageCollections;
export type AnchorScheme = keyof typeof anchorCollections;

/** The site's fixed pages, by name. */
export const sitePages = {
	home: '/',
	concepts: '/concepts/',
	cases: '/cases/',
	lessons: '/lessons/',
	recommendations: '/recommendations/',
	taxonomy: '/taxonomy/',
	paper: '/paper/',
	references: '/references/',
	glossary: '/glossary/',
	search: '/search/',
	forTrainers: '/for-trainers/',
} as const;
export type SitePage = keyof typeof sitePages;

/** Files the build writes at the site's root, by name. */
export const siteFiles = {
	/** The diagrams' styles, moved out of the SVGs (no inline styles). */
	diagramStyles: 'diagrams.css',
	/** The service worker that keeps pages for offline reading. */
	serviceWorker: 'sw.js',
	/** Title and one sentence per concept, case and glossary entry (`src/pages/link-previews.json.ts`). */
	linkPreviews: 'link-previews.json',
} as const;
export type SiteFile = keyof typeof siteFiles;

/** URL of a file the build writes at the site's root, e.g. `siteFileUrl('diagramStyles')`. */
export function siteFileUrl(file: SiteFile): string {
	return `${sitePages.home}${siteFiles[file]}`;
}

const withAnchor = (path: string, anchor?: string) => (anchor ? `${path}#${encodeURIComponent(anchor)}` : path);

/** URL of a fixed page, e.g. `pageUrl('glossary')` → `/glossary/`. */
export function pageUrl(page: SitePage, anchor?: string): string {
	return withAnchor(sitePages[page], anchor);
}

/** URL of an entry's own page, e.g. `entryUrl('concepts', 'joint-action')` → `/concepts/joint-action/`. */
export function entryUrl(collection: PageCollection, id: string, anchor?: string): string {
	return withAnchor(`/${collection}/${id}/`, anchor);
}

/** URL of a paper section on `/paper/`. */
export function paperSectionUrl(id: string): string {
	return pageUrl('paper', id);
}

/** URL of a cited work on `/references/`. */
export function sourceUrl(id: string): string {
	return pageUrl('references', id);
}

/** URL of the glossary page of an organization or abbreviation, e.g. `/glossary/sima/`. */
export function glossaryUrl(id: string, anchor?: string): string {
	return withAnchor(`${sitePages.glossary}${id}/`, anchor);
}

/** URL of a search, with its query and filters in the address so that it can be linked. */
export function searchUrl(query = '', filters: Record<string, string[]> = {}): string {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	for (const [name, values] of Object.entries(filters)) for (const v of values) params.append(name, v);
	const qs = params.toString();
	return qs ? `${sitePages.search}?${qs}` : sitePages.search;
}

/** A link written in content as `scheme:id#anchor`, e.g. `concepts:joint-action#origins`. */
export interface ContentLink {
	scheme: PageCollection | AnchorScheme | EntryPageScheme;
	id: string;
	anchor?: string;
}

const contentLinkPattern = /^([a-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([A-Za-z0-9_-]+))?$/;

/** Parses a content link; returns `undefined` when `href` is not one (an ordinary URL). */
export function parseContentLink(href: string): ContentLink | undefined {
	const match = contentLinkPattern.exec(href);
	if (!match) return undefined;
	const [, scheme, id, anchor] = match;
	if (!isContentScheme(scheme)) return undefined;
	return { scheme, id, ...(anchor ? { anchor } : {}) };
}

/** Whether a string names a content-link scheme (`concepts`, `paper`, ...). */
export function isContentScheme(scheme: string): scheme is ContentLink['scheme'] {
	return (pageCollections as readonly string[]).includes(scheme) || scheme in anchorCollections || scheme in entryPageCollections;
}

/** The URL a content link points to. */
export function contentLinkUrl(link: ContentLink): string {
	if ((pageCollections as readonly string[]).includes(link.scheme)) {
		return entryUrl(link.scheme as PageCollection, link.id, link.anchor);
	}
	if (link.scheme === 'glossary') return glossaryUrl(link.id, link.anchor);
	// Anchor collections: the id is the anchor; a further #anchor is not meaningful there.
	return withAnchor(anchorCollections[link.scheme as AnchorScheme].page, link.id);
}

/** The content collection a content-link scheme refers to (`paper` → `paperSections`). */
export function schemeCollection(scheme: ContentLink['scheme']): string {
	if (scheme in anchorCollections) return anchorCollections[scheme as AnchorScheme].collection;
	if (scheme in entryPageCollections) return entryPageCollections[scheme as EntryPageScheme].collection;
	return scheme;
}

/** The source file of a page URL, for error messages of the link check (`/concepts/x/` → `content/concepts/x.mdx`). */
export function sourceFileOfUrl(pathname: string): string | undefined {
	const match = /^\/(concepts|cases|lessons|recommendations)\/([a-z0-9-]+)\/$/.exec(pathname);
	if (match) return `content/${match[1]}/${match[2]}.mdx`;
	const glossary = /^\/glossary\/([a-z0-9-]+)\/$/.exec(pathname);
	return glossary ? `content/organizations/${glossary[1]}.yaml` : undefined;
}
