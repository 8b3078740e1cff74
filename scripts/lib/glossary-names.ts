/**
 * Names the site shows as the paper's are the paper's. A glossary entry's
 * full name either comes from the paper or is marked as the site's
 * (`nameInPaper: false`, shown on the entry's page as "not given in the
 * paper"); the other names a glossary entry or a cluster shows ("Also
 * written", a cluster's other names) are all the paper's, and a name the
 * paper does not write belongs in `searchTerms` (searched, never shown).
 * Names are looked up in the paper's text as words, across its line breaks
 * and whatever the case or the apostrophe's shape. A translation's names
 * are in its language, not the paper's: it may not show as another name
 * what the English record keeps out of sight (its `searchTerms`, or a full
 * name the paper does not give).
 */

export interface ShownNames {
	id: string;
	/** A glossary entry's full name (a cluster's name is the site's label, not checked). */
	name?: string;
	nameInPaper?: false;
	/** The other names shown beside it. */
	aliases?: readonly string[];
}

/** Text reduced for a lookup: one space between words, one apostrophe, lower case. */
const comparable = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();

/** Entries whose names disagree with the paper, each with what to do. */
export function shownNameProblems(
	entries: readonly ShownNames[],
	paperText: string,
): { id: string; problem: string }[] {
	const paper = comparable(paperText);
	const inPaper = (name: string) => paper.includes(comparable(name));
	return entries.flatMap(({ id, name, nameInPaper, aliases = [] }) => {
		const problems: string[] = [];
		if (name !== undefined && !inPaper(name) && nameInPaper !== false)
			problems.push(
				`"${name}" is not in the paper: mark it nameInPaper: false (its page then says so), or use the paper's name`,
			);
		if (name !== undefined && inPaper(name) && nameInPaper === false)
			problems.push(`"${name}" is in the paper: remove nameInPaper: false`);
		for (const alias of aliases)
			if (!inPaper(alias))
				problems.push(
					`"${alias}" is shown as another name the paper writes, but the paper does not: move it to searchTerms (searched, not shown)`,
				);
		return problems.map((problem) => ({ id, problem }));
	});
}

/** The English record a translation's shown names are checked against. */
export interface EnglishNames {
	name?: string;
	nameInPaper?: false;
	searchTerms?: readonly string[];
}

/**
 * A translation's shown other names that the English record does not show as the paper's, or that the
 * translation itself keeps out of sight (its `translatedSearchTerms`), each with what to do.
 */
export function translatedNameProblems(
	english: EnglishNames,
	translatedAliases: readonly string[] = [],
	translatedSearchTerms: readonly string[] = [],
): string[] {
	const hidden = new Set(
		[...(english.searchTerms ?? []), ...(english.nameInPaper === false && english.name ? [english.name] : [])].map(
			comparable,
		),
	);
	const searchedOnly = new Set(translatedSearchTerms.map(comparable));
	// Accents count: "Abicalçados", as the paper writes it, is not the search spelling "Abicalcados".
	return translatedAliases.flatMap((alias) =>
		hidden.has(comparable(alias))
			? [
					`"${alias}" is shown as another name the paper writes, but the English record does not show it as the paper's: move it to searchTerms`,
				]
			: searchedOnly.has(comparable(alias))
				? [
						`"${alias}" is shown as another name the paper writes, and also kept out of sight in searchTerms: keep it in one`,
					]
				: [],
	);
}

/**
 * A translated concept page's problem when none of the names it shows (its title, its aliases and its
 * terminology table's names) is one of the English names the English page shows (its title and aliases):
 * its reader, who may read the paper in English, would not learn what the paper calls the concept.
 */
export function missingEnglishName(englishNames: readonly string[], translatedNames: readonly string[]): string[] {
	const shown = new Set(translatedNames.map(comparable));
	return englishNames.some((name) => shown.has(comparable(name)))
		? []
		: [
				`shows none of the English names of its concept (${englishNames.map((n) => `"${n}"`).join(', ')}): add one to its aliases, as the other concepts show theirs ("joint action")`,
			];
}
