/**
 * The Snowball stemmer of each language quick find searches in
 * (`@orama/stemmers`), each its own chunk: a page loads only its language's.
 */
import type { Language } from '../../i18n/languages';

type Stemmer = (word: string) => string;

const stemmers: Record<Language, () => Promise<{ stemmer: Stemmer }>> = {
	en: () => import('@orama/stemmers/english'),
	fr: () => import('@orama/stemmers/french'),
	es: () => import('@orama/stemmers/spanish'),
};

/** Loads the stemmer of a language. */
export const loadStemmer = async (language: Language): Promise<Stemmer> => (await stemmers[language]()).stemmer;
