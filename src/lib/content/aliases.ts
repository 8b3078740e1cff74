/**
 * The other names worth showing under a page's title: those a reader might
 * search for. A name that only repeats the title ("Sialkot" under "The
 * Sialkot surgical instruments cluster") or an earlier name in another form
 * is dropped.
 */

/** A name reduced for comparison: lower case, no accents, words separated by single spaces. */
export function normalizeName(name: string): string {
	return ` ${name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;
}

/** The names in `names` that say something the title and the names before them do not, in order. */
export function distinctAliases(title: string, names: readonly string[]): string[] {
	const seen = [normalizeName(title)];
	const kept: string[] = [];
	for (const name of names) {
		const normal = normalizeName(name);
		// Whole words only: the padding spaces make "Sialkot" match inside "the sialkot surgical ..." but not "Sialkotx".
		if (normal.trim() === '' || seen.some((s) => s.includes(normal))) continue;
		seen.push(normal);
		kept.push(name);
	}
	return kept;
}
