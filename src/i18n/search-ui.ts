/** The words of search alone, for the browser's search code (see `ui.ts`). */
import type { Strings } from './en';
import { search as en } from './en/search';
import { defaultLanguage, type Language } from './languages';

const bundles: Record<Language, Strings['search']> = { en };

export const searchStrings = (language: Language = defaultLanguage): Strings['search'] => bundles[language];
