/**
 * The words of the site in a language: `t(language)` gives that language's
 * strings module (`en.ts`, and the French and Spanish ones to come, each of
 * the same `Strings` shape). Templates call `t()` for the page language;
 * browser scripts use the narrower accessors below, so that they bundle
 * only the words they show.
 */
import { offline as enOffline, search as enSearch, strings as en, type Strings } from './en';
import { defaultLanguage, type Language } from './languages';

const bundles: Record<Language, Strings> = { en };

/** Every word of the site in `language` (the page language by default). */
export const t = (language: Language = defaultLanguage): Strings => bundles[language];

/** The words of search alone, for the browser's search code. */
export const searchStrings = (language: Language = defaultLanguage): Strings['search'] => ({ en: enSearch })[language];

/** The words of the offline copy alone, for the trainers' page script. */
export const offlineStrings = (language: Language = defaultLanguage): Strings['offline'] =>
	({ en: enOffline })[language];
