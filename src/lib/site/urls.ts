/**
 * The one place that builds the site's URLs. Every link in a component,
 * page, plugin or test goes through these functions, so the URL scheme
 * (which trainers paste into slides and must keep working) is defined once.
 * Where each collection lives comes from the registry in `collections.ts`.
 */
import {
	collectionOfScheme,
	collections,
	extensionOf,
	linkSchemes,
	ownPageCollections,
	type AnchorCollection,
	type CollectionName,
	type CollectionPageName,
	type CollectionSpec,
	type LinkScheme,
	type OwnPageCollection,
	type PageCollection,
} from '../content/collections.ts';
import { idPattern, idSource } from '../../schemas/id-pattern.ts';
import { unitSourcePattern } from '../../schemas/units.ts';

export { type PageCollection, type OwnPageCollection } from '../content/collections.ts';

/** The site's fixed pages, by name: the pages of the collections and the others. */
export const sitePages = {
	home: '/',
	concepts: collections.concepts.page.path,
	cases: collections.cases.page.path,
	lessons: collections.lessons.page.path,
	recommendations: collections.recommendations.page.path,
	paper: collections.paperSections.page.path,
	references: collections.sources.page.path,
	glossary: collections.organizations.page.path,
	taxonomy: '/taxonomy/',
	/** "See the whole": the hub of the maps and charts, and each of them. */
	maps: '/map/',
	conceptMap: '/map/concepts/',
	clusterMap: '/map/clusters/',
	charts: collections.charts.page.path,
	search: '/search/',
	forTrainers: '/for-trainers/',
	/** What the offline worker shows for an address it has not kept, offline (not in the sitemap or the search). */
	offline: '/offline/',
	paths: collections.paths.page.path,
	catalogJson: '/catalog.json',
	catalogCsv: '/catalog.csv',
	catalogSchema: '/catalog.schema.json',
	allPathsCartridge: `${collections.paths.page.path}all.imscc`,
	printStylesheet: '/print.css',
} as const satisfies Record<CollectionPageName | 'home', string> & Record<string, string>;
export type SitePage = keyof typeof sitePages;

/**
 * The path the site is served under: `/`, or e.g. `/skills/` on a shared
 * host. It is Astro's `base`, set in `site.config.mjs` (or SITE_BASE), which
 * Vite writes into every module, server and browser alike, as BASE_URL.
 */
export const basePath: string = normalizeBase(import.meta.env?.BASE_URL);

/** `/`, `/skills` or `/skills/` → `/` or `/skills/`. */
export function normalizeBase(base: string | undefined): string {
	if (!base || base === '/') return '/';
	return `/${base.replace(/^\/+|\/+$/g, '')}/`;
}

/** A site path (`/concepts/x/`) under the base path (`/skills/concepts/x/`). */
export function withBase(path: string, base = basePath): string {
	return base === '/' ? path : `${base}${path.replace(/^\//, '')}`;
}

/** A URL of the site without the base path, or undefined when it lies outside it. */
export function withoutBase(path: string, base = basePath): string | undefined {
	if (base === '/') return path;
	if (`${path}/` === base) return '/';
	return path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
}

/** Files the build writes at the site's root, by name. */
export const siteFiles = {
	/** The diagrams' styles, moved out of the SVGs (no inline styles). */
	diagramStyles: 'diagrams.css',
	/** The service worker that keeps pages for offline reading. */
	serviceWorker: 'sw.js',
	/**
	 * The offline copy's files with their revisions. Apart from the worker, which
	 * every first visit downloads, and read by it only when a reader saves the site.
	 */
	offlineList: 'offline-copy.json',
	/** Title and one sentence per concept, case and glossary entry (`src/pages/link-previews.json.ts`). */
	linkPreviews: 'link-previews.json',
	/** The outlines of the searchable pages, which answer the search dialog first (`src/lib/search/quick-find.ts`). */
	quickFind: 'quick-find.json',
} as const;
export type SiteFile = keyof typeof siteFiles;

/**
 * The site's icons and their sizes in pixels, drawn as PNG at build time
 * from `src/assets/favicon.svg` (`src/pages/[icon].png.ts`): a browser
 * draws an SVG icon as a small page of its own, on the page's main thread,
 * while the page loads; a PNG it only decodes.
 */
export const siteIcons = { favicon: 32, 'apple-touch-icon': 180 } as const;
export type SiteIcon = keyof typeof siteIcons;

/** The file of one of the site's icons at the root of `dist/`, e.g. `favicon.png`. */
export const iconFile = (icon: SiteIcon): string => `${icon}.png`;

/** URL of one of the site's icons, e.g. `iconUrl('favicon')` → `/favicon.png`. */
export function iconUrl(icon: SiteIcon): string {
	return assetUrl(iconFile(icon));
}

/** URL of a file the build writes at the site's root, e.g. `siteFileUrl('diagramStyles')`. */
export function siteFileUrl(file: SiteFile): string {
	return assetUrl(siteFiles[file]);
}

/** The file beside each citable page's `index.html` with its citations in four formats (src/integration/cite-files.ts). */
export const citeFileName = 'cite.json';

/** URL of a page's cite file, from the page's own URL path (`/concepts/x/` → `/concepts/x/cite.json`). */
export const citeFileUrl = (pagePath: string): string =>
	`${pagePath.endsWith('/') ? pagePath : `${pagePath}/`}${citeFileName}`;

const withAnchor = (path: string, anchor?: string) => (anchor ? `${path}#${encodeURIComponent(anchor)}` : path);

/** URL of a fixed page, e.g. `pageUrl('glossary')` → `/glossary/`. */
export function pageUrl(page: SitePage, anchor?: string): string {
	return withAnchor(withBase(sitePages[page]), anchor);
}

/** URL of a file in `public/` or written by the build, e.g. `assetUrl('theme-init.js')` → `/theme-init.js`. */
export function assetUrl(file: string): string {
	return withBase(`/${file.replace(/^\//, '')}`);
}

/**
 * The absolute address of a URL of the site, for canonical links, sitemaps
 * and exports: the site address (`site.config.mjs`) plus the base path.
 * Takes a URL from the functions here (base included) or a bare site path;
 * the base is added once.
 */
export function absoluteUrl(path: string, site: string | undefined = import.meta.env?.SITE, base = basePath): string {
	if (!site) throw new Error('absoluteUrl: no site address (set `site` in site.config.mjs)');
	const rooted = path.startsWith(base) ? path : withBase(path.startsWith('/') ? path : `/${path}`, base);
	return new URL(rooted, site).href;
}

/**
 * URL of an entry's own page, e.g. `entryUrl('concepts', 'joint-action')` →
 * `/concepts/joint-action/`, `entryUrl('organizations', 'sima')` → `/glossary/sima/`.
 */
export function entryUrl(collection: OwnPageCollection, id: string, anchor?: string): string {
	return withAnchor(withBase(`${collections[collection].page.path}${id}/`), anchor);
}

/**
 * Where an entry is on the site, without the base path, for messages that
 * name it: `/glossary/sima/` for an entry with a page, `/references/#x`
 * for an anchor of a shared page, `undefined` for data with no address.
 */
export function entryAddress(collection: CollectionName, id: string): string | undefined {
	const spec: CollectionSpec = collections[collection];
	if (!spec.page) return undefined;
	return spec.kind === 'anchor' ? `${spec.page.path}#${id}` : `${spec.page.path}${id}/`;
}

/** URL of an entry that is an anchor of a shared page (`/paper/#theory`). */
export function anchorUrl(collection: AnchorCollection, id: string): string {
	return withAnchor(withBase(collections[collection].page.path), id);
}

/** The two printed versions of a learning path. */
export type HandoutVersion = 'learner' | 'facilitator';

/** URL of a learning path's PDF handout, e.g. `/paths/clusters-and-skills/learner.pdf`. */
export function pathPdfUrl(id: string, version: HandoutVersion): string {
	return `${entryUrl('paths', id)}${version}.pdf`;
}

/** URL of a learning path's IMS Common Cartridge, e.g. `/paths/clusters-and-skills.imscc`. */
export function pathCartridgeUrl(id: string): string {
	return withBase(`${sitePages.paths}${id}.imscc`);
}

/** URL of a paper section on `/paper/`. */
export function paperSectionUrl(id: string): string {
	return anchorUrl('paperSections', id);
}

/** URL of a cited work on `/references/`. */
export function sourceUrl(id: string): string {
	return anchorUrl('sources', id);
}

/** URL of the glossary page of an organization or abbreviation, e.g. `/glossary/sima/`. */
export function glossaryUrl(id: string, anchor?: string): string {
	return entryUrl('organizations', id, anchor);
}

/**
 * The social card image of a page (1200×630 PNG, drawn at build time):
 * `/concepts/x/` → `/social/concepts/x.png`. Takes a page URL (base
 * included, as `Astro.url.pathname`) or a bare site path.
 */
export function socialCardUrl(pagePath: string, base = basePath): string {
	const name = (withoutBase(pagePath, base) ?? pagePath).replace(/^\/|\/$/g, '') || 'home';
	return withBase(`/social/${name}.png`, base);
}

/** The paper's citation record as a file for reference managers: `/paper/marchese-sakamoto-2008.bib` or `.ris`. */
export function paperRecordUrl(format: 'bib' | 'ris'): string {
	return withBase(`${sitePages.paper}marchese-sakamoto-2008.${format}`);
}

/** URL of a search, with its query and filters in the address so that it can be linked. */
export function searchUrl(query = '', filters: Record<string, string[]> = {}): string {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	for (const [name, values] of Object.entries(filters)) for (const v of values) params.append(name, v);
	const qs = params.toString();
	const page = withBase(sitePages.search);
	return qs ? `${page}?${qs}` : page;
}

/** A link written in content as `scheme:id#anchor`, e.g. `concepts:joint-action#origins`. */
export interface ContentLink {
	scheme: LinkScheme;
	id: string;
	anchor?: string;
}

const contentLinkPattern = new RegExp(`^([a-z]+):(${idSource})(?:#([A-Za-z0-9_-]+))?$`);

/** Parses a content link; returns `undefined` when `href` is not one (an ordinary URL). */
export function parseContentLink(href: string): ContentLink | undefined {
	const match = contentLinkPattern.exec(href);
	if (!match) return undefined;
	const [, scheme, id, anchor] = match;
	if (!isContentScheme(scheme)) return undefined;
	return { scheme, id, ...(anchor ? { anchor } : {}) };
}

/** Whether a string names a content-link scheme (`concepts`, `paper`, ...). */
export function isContentScheme(scheme: string): scheme is LinkScheme {
	return collectionOfScheme(scheme) !== undefined;
}

/** Schemes of ordinary URLs that content may link to; any other `word:` is a mistake. */
export const externalSchemes = ['http', 'https', 'mailto', 'tel'] as const;

/** The scheme of an href (`concepts` of `concepts:x`, `https` of `https://...`), lower-cased; undefined for a path. */
export function schemeOf(href: string): string | undefined {
	return /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1].toLowerCase();
}

/** Every scheme a link may use: the content schemes and the external ones. */
export const knownSchemes: readonly string[] = [...linkSchemes, ...externalSchemes];

/**
 * The URL a content link points to. `base` defaults to the build's base
 * path; the Markdown plugins, which Astro loads before Vite knows the base,
 * pass it explicitly.
 */
export function contentLinkUrl(link: ContentLink, base = basePath): string {
	const collection = schemeCollection(link.scheme);
	const spec = collections[collection];
	// Anchor collections: the id is the anchor; a further #anchor is not meaningful there.
	if (spec.kind === 'anchor') return withAnchor(withBase(spec.page.path, base), link.id);
	return withAnchor(withBase(`${spec.page.path}${link.id}/`, base), link.anchor);
}

/** The content collection a content-link scheme refers to (`paper` → `paperSections`). */
export function schemeCollection(scheme: LinkScheme) {
	return collectionOfScheme(scheme)!;
}

/**
 * The page of a content file, as its place in `dist/` without the base path
 * (`content/concepts/x.mdx` → `/concepts/x/`), or `undefined` for a file
 * with no page of its own. Paragraph anchors and their moves are keyed by it.
 */
export function pageOfSourceFile(relativePath: string): string | undefined {
	const match = unitSourcePattern.exec(relativePath.split('\\').join('/'));
	return match ? `${sitePages[match[1] as PageCollection]}${match[2]}/` : undefined;
}

/**
 * The source file of a page, for error messages of the link check
 * (`/concepts/x/` → `content/concepts/x.mdx`); the path is the page's place in `dist/`, without the base path.
 */
export function sourceFileOfUrl(pathname: string): string | undefined {
	for (const collection of ownPageCollections) {
		const { path } = collections[collection].page;
		if (!pathname.startsWith(path)) continue;
		const id = pathname.slice(path.length);
		if (id.endsWith('/') && idPattern.test(id.slice(0, -1))) {
			return `content/${collections[collection].folder}/${id.slice(0, -1)}.${extensionOf(collection)}`;
		}
	}
	return undefined;
}
