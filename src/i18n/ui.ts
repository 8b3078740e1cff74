/**
 * The words of the site in a language: `t(language)` gives that language's
 * strings module (`en.ts`, and the French and Spanish ones to come, each of
 * the same `Strings` shape). Templates call `t()` for the page language;
 * browser scripts use the narrower accessors of `search-ui.ts` and
 * `offline-ui.ts`, so that each bundles only the words it shows.
 */
import { strings as en, type Strings } from './en';
import { strings as fr } from './fr';
import { strings as es } from './es';
import { defaultLanguage, type Language } from './languages';

const bundles: Record<Language, Strings> = { en, fr, es };

/** Every word of the site in `language` (the page language by default). */
export const t = (language: Language = defaultLanguage): Strings => bundles[language];
