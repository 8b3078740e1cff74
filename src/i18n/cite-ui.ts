/** The words of the cite box alone, for its script in the browser (see `ui.ts`). */
import type { Strings } from './en';
import { cite as en } from './en/cite';
import { cite as fr } from './fr/cite';
import { cite as es } from './es/cite';
import { defaultLanguage, type Language } from './languages';

const bundles: Record<Language, Strings['cite']> = { en, fr, es };

export const citeStrings = (language: Language = defaultLanguage): Strings['cite'] => bundles[language];
