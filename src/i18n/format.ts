/**
 * Numbers, plurals, dates and sorting by language, through `Intl`: the
 * strings modules say the words, these say how a count, a date or an order
 * is written in that language.
 */
import { locales, type Language } from './languages';

/** The words of a count, one per plural category of the language; `#` is where the number goes. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** "1 result", "3 results": the form of `forms` that the language's plural rules pick for `count`. */
export function plural(language: Language, count: number, forms: PluralForms): string {
	const form = forms[new Intl.PluralRules(locales[language].tag).select(count)] ?? forms.other;
	return form.replace('#', formatNumber(language, count));
}

/** A whole number as the language writes it. */
export const formatNumber = (language: Language, n: number): string =>
	new Intl.NumberFormat(locales[language].tag, { maximumFractionDigits: 0 }).format(n);

/** A day in running text ("7 December 2025"), in UTC like the build date it shows. */
export const formatDay = (language: Language, date: Date): string =>
	new Intl.DateTimeFormat(locales[language].dates, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(date);

/** Compares names as a reader of the language sorts them (by default ignoring case and accents). */
export const collator = (language: Language, options: Intl.CollatorOptions = { sensitivity: 'base' }): Intl.Collator =>
	new Intl.Collator(locales[language].tag, options);
