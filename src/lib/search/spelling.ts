/**
 * Spelling suggestions for search. Pagefind matches whole words and
 * prefixes, not misspellings. A query word the full-text index does not
 * hold is the only word ever looked at: its closest word in the site's text
 * is offered as a suggestion ("Did you mean …?"), never put in its place,
 * and a word that occurs anywhere in the site's text is never changed.
 */

/**
 * Lower-case words of a text as Pagefind splits a query: at white space,
 * with punctuation dropped ("ISO-9002" is one word, "iso9002"; "firm's" is
 * "firms"). Accents are kept: Pagefind folds them itself.
 */
export function words(text: string): string[] {
	return text
		.toLowerCase()
		.split(/\s+/)
		.map((token) => token.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, ''))
		.filter((word) => word.length > 0);
}

/** Shortest word worth suggesting a spelling for, and shortest vocabulary word kept. */
const minLength = 3;

/**
 * The vocabulary: distinct words of the texts, most frequent first, so that
 * of two equally close spellings the commoner one is suggested. Numbers are
 * left out: a mistyped figure has no "closest" figure.
 */
export function vocabularyOf(texts: Iterable<string>): string[] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const w of words(text))
			if (w.length >= minLength && !/^\p{N}+$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
	}
	return [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([w]) => w);
}

/** Edit distance counting a swap of two neighbouring letters as one edit (the commonest typo). */
export function typoDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

/** How far a word may be from a vocabulary word to count as its misspelling. */
const tolerance = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/** The closest vocabulary word within tolerance, or undefined. Ties go to the first in order (the commonest). */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
	const limit = tolerance(word);
	if (limit === 0) return undefined;
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of vocabulary) {
		if (candidate === word) return undefined; // the word is known: nothing to suggest
		if (Math.abs(candidate.length - word.length) > limit) continue;
		const d = typoDistance(word, candidate);
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return best;
}

/**
 * A vocabulary word put in the place of a typed token, with an elided
 * article kept as typed: "d'absorbtion" becomes "d'absorption", not
 * "dabsorption" (the vocabulary holds words as Pagefind does, without
 * their apostrophes). Kept short: it ships in the search worker.
 */
function respelt(token: string, replacement: string): string {
	const article = /^\p{L}+['’](?=\p{L})/u.exec(token)?.[0];
	return article && replacement.startsWith(article.slice(0, -1).toLowerCase())
		? article + replacement.slice(article.length - 1)
		: replacement;
}

/**
 * A spelling to suggest for a query some of whose words the index does not
 * hold (`unknown`): those words replaced by their closest vocabulary word,
 * every other word kept as typed. Undefined when no unknown word has a
 * close spelling.
 */
export function suggestSpelling(
	query: string,
	unknown: ReadonlySet<string>,
	vocabulary: readonly string[],
): string | undefined {
	let changed = false;
	const suggestion = query
		.trim()
		.split(/\s+/)
		.map((token) => {
			const [word] = words(token);
			const replacement = word !== undefined && unknown.has(word) ? closestWord(word, vocabulary) : undefined;
			if (!replacement) return token;
			changed = true;
			return respelt(token, replacement);
		});
	return changed ? suggestion.join(' ') : undefined;
}

export interface SpellingCheck {
	/** Query words the index does not hold; empty when every word occurs somewhere in the site's text. */
	unknown: string[];
	/** The query with those words respelt, when a close spelling exists. */
	suggestion?: string;
}

/**
 * Checks a query before it is searched. `isKnown` asks the full-text index
 * whether a word occurs anywhere in the site's text; the vocabulary is
 * loaded only when a word is unknown. While a reader is still typing
 * (`isKnownPrefix` given), the last word may be unfinished: it counts as
 * known when it begins some word of the index, so "joi" is not taken for
 * a misspelling of "joint".
 */
export async function checkSpelling(
	query: string,
	isKnown: (word: string) => Promise<boolean>,
	vocabulary: () => Promise<readonly string[]>,
	isKnownPrefix?: (word: string) => Promise<boolean>,
): Promise<SpellingCheck> {
	const unknown = await unknownWords(query, isKnown, isKnownPrefix);
	if (unknown.length === 0) return { unknown };
	return { unknown, suggestion: suggestSpelling(query, new Set(unknown), await vocabulary()) };
}

/** The distinct words of a query the index does not hold (the last one tried as a prefix when `isKnownPrefix` is given). */
export async function unknownWords(
	query: string,
	isKnown: (word: string) => Promise<boolean>,
	isKnownPrefix?: (word: string) => Promise<boolean>,
): Promise<string[]> {
	const all = words(query);
	const last = all.at(-1);
	const distinct = [...new Set(all)];
	const known = await Promise.all(
		distinct.map(
			async (word) =>
				(await isKnown(word)) || (isKnownPrefix !== undefined && word === last && (await isKnownPrefix(word))),
		),
	);
	return distinct.filter((_, i) => !known[i]);
}
