/** The words of the offline copy alone, for the trainers' page script (see `ui.ts`). */
import type { Strings } from './en';
import { offline as en } from './en/offline';
import { defaultLanguage, type Language } from './languages';

const bundles: Record<Language, Strings['offline']> = { en };

export const offlineStrings = (language: Language = defaultLanguage): Strings['offline'] => bundles[language];
