/**
 * Spelling tolerance for search. Pagefind matches words and prefixes, not
 * misspellings; when a word of the query finds nothing, the closest word of
 * the site's vocabulary (titles, aliases, names) is tried instead.
 */

/** Lower-case words of a text, accents kept (Pagefind folds them itself). */
export function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The vocabulary: distinct words of at least three letters. */
export function vocabularyOf(phrases: Iterable<string>): string[] {
	const all = new Set<string>();
	for (const phrase of phrases) for (const w of words(phrase)) if (w.length >= 3) all.add(w);
	return [...all].sort();
}

/** Edit distance counting a swap of two neighbouring letters as one edit (the commonest typo). */
export function typoDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

/** How far a word may be from a vocabulary word to count as its misspelling. */
const tolerance = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/** The closest vocabulary word within tolerance, or undefined. Ties go to the first in order. */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
	const limit = tolerance(word);
	if (limit === 0) return undefined;
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of vocabulary) {
		if (Math.abs(candidate.length - word.length) > limit) continue;
		const d = typoDistance(word, candidate);
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return best;
}

/**
 * The query with each unknown word replaced by its closest vocabulary word.
 * `isKnown` says whether the search index finds a word at all; only words
 * it does not know are corrected. Returns undefined when nothing changes.
 */
export async function correctQuery(
	query: string,
	vocabulary: readonly string[],
	isKnown: (word: string) => Promise<boolean>,
): Promise<string | undefined> {
	const tokens = words(query);
	let changed = false;
	const corrected: string[] = [];
	for (const token of tokens) {
		if (vocabulary.includes(token) || (await isKnown(token))) {
			corrected.push(token);
			continue;
		}
		const replacement = closestWord(token, vocabulary);
		if (replacement) changed = true;
		corrected.push(replacement ?? token);
	}
	return changed ? corrected.join(' ') : undefined;
}
