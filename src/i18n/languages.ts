/**
 * The languages of the site, stated once. Every `lang` attribute, collation,
 * plural, number and date format, the search index, the citation style and
 * the offline copy read the page language from here, never a literal `'en'`.
 */

/** Every language the site's words exist in (one strings module each, see `ui.ts`). */
export const languages = ['en'] as const;
export type Language = (typeof languages)[number];

/**
 * The editions being translated (content/TRANSLATING.md): their files are
 * tracked and checked by `scripts/translations.ts`; their pages are built
 * once every file and string is translated.
 */
export const translatedLanguages = ['fr', 'es'] as const;
export type TranslatedLanguage = (typeof translatedLanguages)[number];

/** The language of this edition's pages. */
export const defaultLanguage: Language = 'en';

/** How each language is named to the software that formats for it. */
export const locales: Record<
	Language,
	{
		/** BCP 47 tag of `<html lang>`, `og:locale`, `citation_language`, JSON-LD and Pagefind. */
		tag: string;
		/** Locale of dates written in running text ("7 December 2025"). */
		dates: string;
		/** Locale of the CSL citation styles (citation-js ships `en-US`). */
		citations: string;
	}
> = {
	en: { tag: 'en', dates: 'en-GB', citations: 'en-US' },
};

/** The language of a `lang` attribute, or the default one for a tag the site has no words for. */
export const languageOf = (tag: string | undefined): Language =>
	(languages as readonly string[]).includes(tag ?? '') ? (tag as Language) : defaultLanguage;
