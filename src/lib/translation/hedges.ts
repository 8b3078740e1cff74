/**
 * The words that hedge a claim, per language, so a translation can be
 * checked to keep each of the English ones: a paragraph that says "may"
 * or "often" three times in English and once in French has probably
 * turned a hedge into a flat statement. A count, not a verdict: the
 * translators' check lists such blocks to be read again. Word edges are
 * letters of any script (`\p{L}`), so « éventuellement » counts.
 *
 * "Appear" hedges only as "appears to" or "appears that": "terms appear in
 * two cells" and "help clusters to appear" state where or that something
 * shows up. The subjunctives of "can" (« puisse », « pudiera ») and
 * "probabilidad" carry the English "could" and "likely" as often as the
 * conditional does.
 */
import type { Language, TranslatedLanguage } from '../../i18n/languages.ts';

const hedgeWords: Record<Language | TranslatedLanguage, RegExp> = {
	en: /(?<!\p{L})(may|might|could|seems?|seemed|seemingly|appear(?:s|ed)?(?= (?:to|that) )|apparently|often|tends?|tended|likely|unlikely|probably|perhaps|possibly|suggests?|suggested|sometimes|usually|generally|rarely|potential|potentially)(?!\p{L})/giu,
	fr: /(?<!\p{L})(pu|puisse|puissent|apparemment|éventuellement|vraisemblablement|tendance|probables|peut|peuvent|pourrait|pourraient|pouvait|pouvaient|semble|semblent|semblait|semblaient|sembler|paraît|paraissent|paraissait|souvent|tend|tendent|tendait|tendaient|probable|probablement|improbable|peut-être|sans doute|possible|possiblement|suggère|suggèrent|suggérait|parfois|généralement|en général|rarement|susceptibles?|potentiel|potentielle|potentiellement|risque|risquent)(?!\p{L})/giu,
	es: /(?<!\p{L})(pudo|pudiera|pudieran|pudiese|pudiesen|probabilidad|probabilidades|pudieron|podido|tendido|tendió|probables|puede|pueden|podría|podrían|podía|podían|parece|parecen|parecía|parecían|parecer|aparentemente|a menudo|con frecuencia|frecuentemente|suele|suelen|solía|solían|tiende|tienden|tendía|tendían|probable|probablemente|improbable|quizá|quizás|tal vez|posiblemente|posible|sugiere|sugieren|sugería|a veces|generalmente|por lo general|rara vez|raramente|potencial|potencialmente)(?!\p{L})/giu,
};

/** The hedging words of a text, lower case, in order. */
export function hedgesOf(text: string, language: Language | TranslatedLanguage): string[] {
	return [...text.matchAll(hedgeWords[language])].map(([word]) => word.toLowerCase());
}
