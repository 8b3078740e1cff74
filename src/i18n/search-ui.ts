/** The words of search alone, for the browser's search code (see `ui.ts`). */
import type { Strings } from './en';
import { search as en } from './en/search';
import { search as fr } from './fr/search';
import { search as es } from './es/search';
import { defaultLanguage, type Language } from './languages';

const bundles: Record<Language, Strings['search']> = { en, fr, es };

export const searchStrings = (language: Language = defaultLanguage): Strings['search'] => bundles[language];
