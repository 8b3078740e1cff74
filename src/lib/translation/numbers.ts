/**
 * The figures of a text, so a translation can be checked to keep every
 * figure of the English. English writes `3,000` and `33.6`; French and
 * Spanish write `3 000` (or `3.000`, `3000`) and `33,6`. Each is read to
 * its plain value (`3000`, `33.6`) before they are compared.
 */
import type { Language, TranslatedLanguage } from '../../i18n/languages.ts';

const englishNumber = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
// Thousands may be grouped by a space, a no-break space, a narrow one or a full stop; the decimal mark is a comma.
const commaDecimalNumber = /\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;

/** The plain values of the figures written in a text of the language. */
export function figuresOf(text: string, language: Language | TranslatedLanguage): Set<string> {
	const pattern = language === 'en' ? englishNumber : commaDecimalNumber;
	const values = new Set<string>();
	for (const [written] of text.matchAll(pattern)) {
		const plain =
			language === 'en' ? written.replace(/,/g, '') : written.replace(/[ \u00a0\u202f.]/g, '').replace(',', '.');
		values.add(plain.replace(/^0+(?=\d)/, ''));
	}
	return values;
}

/** The English figures a translation does not write, as the English writes them. */
export function missingFigures(englishText: string, translatedText: string, language: TranslatedLanguage): string[] {
	const translated = figuresOf(translatedText, language);
	return [...figuresOf(englishText, 'en')].filter((value) => !translated.has(value));
}
