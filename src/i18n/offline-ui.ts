/** The words of the offline copy alone, for the trainers' page script (see `ui.ts`). */
import type { Strings } from './en';
import { offline as en } from './en/offline';
import { offline as fr } from './fr/offline';
import { offline as es } from './es/offline';
import { defaultLanguage, type Language } from './languages';

const bundles: Record<Language, Strings['offline']> = { en, fr, es };

export const offlineStrings = (language: Language = defaultLanguage): Strings['offline'] => bundles[language];
