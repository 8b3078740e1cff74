/**
 * The site's editions side by side: English at the base path, each
 * translation under `<base><language>/`, every page at the same path in
 * each (`/concepts/joint-action/`, `/fr/concepts/joint-action/`). So the
 * address of a page in another edition is computed, never looked up, and
 * every page has its counterpart in every published edition (an edition's
 * build fails on a missing translation).
 */
import { defaultLanguage, locales, publishedLanguages, sourceLanguage, type Language } from '../../i18n/languages.ts';
import { absoluteUrl, basePath, withoutBase } from './urls.ts';

/** The path under which an edition lives, below the site's base: `''` for English, `fr/` for French. */
const editionSegment = (language: Language) => (language === sourceLanguage ? '' : `${language}/`);

/** The site's base path, above every edition (`/` or `/skills/`), from this edition's base. */
export function siteRoot(base = basePath, language: Language = defaultLanguage): string {
	const segment = editionSegment(language);
	return segment && base.endsWith(`/${segment}`) ? base.slice(0, -segment.length) : base;
}

/** The address of a page (its path in its edition, `/concepts/x/`) in an edition (`/fr/concepts/x/`). */
export const editionUrl = (language: Language, pagePath: string, root = siteRoot()): string =>
	`${root}${editionSegment(language)}${pagePath.replace(/^\//, '')}`;

export interface Alternate {
	language: Language;
	/** BCP 47 tag for `hreflang` and `lang`. */
	tag: string;
	/** The language's name in itself. */
	name: string;
	href: string;
	/** The same, with the site's address, for `hreflang` links and the sitemap. */
	absolute: string;
	current: boolean;
}

/**
 * The page at `pathname` (as served, with the base) in every published
 * edition, this one included, in the order of `publishedLanguages`.
 */
export function alternatesOf(
	pathname: string,
	{
		base = basePath,
		language = defaultLanguage,
		site = import.meta.env?.SITE as string | undefined,
		editions = publishedLanguages,
	}: { base?: string; language?: Language; site?: string | undefined; editions?: readonly Language[] } = {},
): Alternate[] {
	const pagePath = withoutBase(pathname, base) ?? '/';
	const root = siteRoot(base, language);
	return editions.map((other) => {
		const href = editionUrl(other, pagePath, root);
		// `href` already holds the site's base: the address is the site plus it, not re-based on this edition.
		return {
			language: other,
			tag: locales[other].tag,
			name: locales[other].name,
			href,
			absolute: absoluteUrl(href, site, '/'),
			current: other === language,
		};
	});
}

/**
 * The `xhtml:link` alternates of a sitemap entry (its absolute address):
 * the page in every published edition and English as `x-default`; none
 * while the site has one edition.
 */
export function sitemapAlternates(
	url: string,
	options: { base: string; language: Language; site: string; editions?: readonly Language[] },
): { url: string; lang: string }[] | undefined {
	const alternates = alternatesOf(new URL(url).pathname, options);
	if (alternates.length < 2) return undefined;
	const links = alternates.map((a) => ({ url: a.absolute, lang: a.tag }));
	const source = alternates.find((a) => a.language === sourceLanguage);
	return source ? [...links, { url: source.absolute, lang: 'x-default' }] : links;
}

/**
 * A URL path of any published edition, as the same page's path in this
 * edition (`/fr/concepts/x/` → `/concepts/x/` in the English build). Every
 * edition has the same pages and anchors (a translated build fails on a
 * missing page), so the link check can check a link into another edition,
 * which is built apart, against this one.
 */
export function inThisEdition(
	pathname: string,
	base = basePath,
	language: Language = defaultLanguage,
	editions: readonly Language[] = publishedLanguages,
): string {
	const root = siteRoot(base, language);
	if (!pathname.startsWith(root)) return pathname;
	const rest = pathname.slice(root.length);
	const first = rest.split('/')[0];
	const linked = editions.find((l) => l !== sourceLanguage && l === first) ?? sourceLanguage;
	if (linked === language) return pathname;
	const pagePath = linked === sourceLanguage ? rest : rest.slice(linked.length + 1);
	return editionUrl(language, `/${pagePath}`, root);
}
