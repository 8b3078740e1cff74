/** The words of the cite box alone, for its script in the browser (see `ui.ts`). */
import type { Strings } from './en';
import { cite as en } from './en/cite';
import { cite as fr } from './fr/cite';
import { cite as es } from './es/cite';
import { bundleEdition, languageOf, type Language } from './languages';

const bundles: Record<Language, Strings['cite']> = { en, fr, es };

/**
 * The words of the edition a browser bundle is built for: the edition's
 * language is a constant there, so the bundler keeps its words and drops the
 * other languages'. A language this choice does not name yet still gets its
 * own words, from all of them.
 */
export const editionCiteStrings: Strings['cite'] =
	bundleEdition === 'fr'
		? fr
		: bundleEdition === 'es'
			? es
			: bundleEdition === undefined || bundleEdition === 'en'
				? en
				: bundles[languageOf(bundleEdition)];
