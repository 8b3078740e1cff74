/** The words of the offline copy alone, for the trainers' page script (see `ui.ts`). */
import type { Strings } from './en';
import { offline as en } from './en/offline';
import { offline as fr } from './fr/offline';
import { offline as es } from './es/offline';
import { bundleEdition, languageOf, type Language } from './languages';

const bundles: Record<Language, Strings['offline']> = { en, fr, es };

/**
 * The words of the edition a browser bundle is built for: the edition's
 * language is a constant there, so the bundler keeps its words and drops the
 * other languages'. A language this choice does not name yet still gets its
 * own words, from all of them.
 */
export const editionOfflineStrings: Strings['offline'] =
	bundleEdition === 'fr'
		? fr
		: bundleEdition === 'es'
			? es
			: bundleEdition === undefined || bundleEdition === 'en'
				? en
				: bundles[languageOf(bundleEdition)];
