/**
 * The languages of the site, stated once. Every `lang` attribute, collation,
 * plural, number and date format, the search index, the citation style and
 * the offline copy read the page language from here, never a literal `'en'`.
 */

/** Every language the site's words exist in (one strings module each, see `ui.ts`). */
export const languages = ['en', 'fr', 'es'] as const;
export type Language = (typeof languages)[number];

/** The language the site is written in; the others translate it, and it is the `x-default` of every page. */
export const sourceLanguage = 'en' satisfies Language;

/**
 * The translated editions (content/TRANSLATING.md): their files are tracked
 * and checked by `scripts/translations.ts`, and each is built as an edition
 * of its own under `/<language>/`.
 */
export const translatedLanguages = ['fr', 'es'] as const satisfies readonly Language[];
export type TranslatedLanguage = (typeof translatedLanguages)[number];

/**
 * The editions the site publishes and links to each other (hreflang, the
 * language switcher, the sitemap): English, and each translation once all
 * its pages and words are translated (its build fails on anything missing).
 * `scripts/build-editions.ts` builds each of them.
 */
export const publishedLanguages: readonly Language[] = ['en', 'fr', 'es'];

/** Whether a string names a language of the site. */
export const isLanguage = (value: string | undefined): value is Language =>
	(languages as readonly string[]).includes(value ?? '');

/**
 * The language of this edition's pages. Each edition is a build of its own
 * (`SITE_LANGUAGE`, see site.config.mjs), which Vite writes into every
 * module as `import.meta.env.SITE_LANGUAGE`; without it (unit tests,
 * scripts) it is the source language.
 */
export const defaultLanguage: Language = ((): Language => {
	// Code that Vite does not transform (the build's integration hooks, scripts) reads the environment itself.
	const language =
		(import.meta.env as Record<string, string | undefined> | undefined)?.SITE_LANGUAGE ??
		(globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.SITE_LANGUAGE;
	return isLanguage(language) ? language : sourceLanguage;
})();

/**
 * The edition a browser bundle is built for, as Vite writes it into the code
 * (`import.meta.env.SITE_LANGUAGE`): a constant the bundler sees, so that a
 * choice made on it keeps only that edition's words in the bundle (see
 * `editionSearchStrings` in search-ui.ts). Undefined where Vite does not
 * transform the code (Node tests, scripts). Each words module writes its
 * choice out as a comparison on this constant: made through a shared
 * function, it kept every language in the bundle (the bundler does not
 * follow a constant through a call).
 */
export const bundleEdition = (import.meta.env as Record<string, string | undefined> | undefined)?.SITE_LANGUAGE;

/** How each language is named to the software that formats for it. */
export const locales: Record<
	Language,
	{
		/** BCP 47 tag of `<html lang>`, `og:locale`, `citation_language`, JSON-LD and Pagefind. */
		tag: string;
		/** Locale of dates ("7 December 2025") and lists ("Nadvi and Schmitz") written in running text. */
		dates: string;
		/** Locale of the CSL citation styles (citation-js ships `en-US`). */
		citations: string;
		/** The language's name in itself, as the language switcher offers it ("Français"). */
		name: string;
	}
> = {
	en: { tag: 'en', dates: 'en-GB', citations: 'en-US', name: 'English' },
	fr: { tag: 'fr', dates: 'fr-FR', citations: 'fr-FR', name: 'Français' },
	es: { tag: 'es', dates: 'es-ES', citations: 'es-ES', name: 'Español' },
};

/** The language of a `lang` attribute, or the default one for a tag the site has no words for. */
export const languageOf = (tag: string | undefined): Language => (isLanguage(tag) ? tag : defaultLanguage);
