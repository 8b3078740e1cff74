/** The closest of a set of names to a mistyped one, to suggest a fix in error messages. */

/** The closest existing id, or undefined when none is near enough to be a typo. */
export function closestId(wanted: string, ids: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const id of ids) {
		const d = editDistance(wanted, id);
		if (d < bestDistance) [best, bestDistance] = [id, d];
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length];
}
