/** The words of search alone, for the browser's search code (see `ui.ts`). */
import type { Strings } from './en';
import { search as en } from './en/search';
import { search as fr } from './fr/search';
import { search as es } from './es/search';
import { bundleEdition, defaultLanguage, languageOf, type Language } from './languages';

const bundles: Record<Language, Strings['search']> = { en, fr, es };

export const searchStrings = (language: Language = defaultLanguage): Strings['search'] => bundles[language];

/**
 * The words of the edition a browser bundle is built for: the edition's
 * language is a constant there, so the bundler keeps its words and drops the
 * other languages'. A language this choice does not name yet still gets its
 * own words, from all of them.
 */
export const editionSearchStrings: Strings['search'] =
	bundleEdition === 'fr'
		? fr
		: bundleEdition === 'es'
			? es
			: bundleEdition === undefined || bundleEdition === 'en'
				? en
				: bundles[languageOf(bundleEdition)];
