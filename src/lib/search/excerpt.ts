/**
 * Pagefind's excerpts are the page's raw text with the matched words
 * wrapped in `<mark>`; the text itself is not escaped (a page that shows
 * "R&D" or "<script>" as text gives it back as it reads). So an excerpt is
 * never parsed as HTML: it is cut at the two literal tags Pagefind adds, and
 * every other character, angle brackets included, stays text.
 */

export interface ExcerptPart {
	text: string;
	/** A matched word, shown highlighted. */
	marked: boolean;
}

export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const token of excerpt.split(/(<mark>|<\/mark>)/)) {
		if (token === '<mark>') marked = true;
		else if (token === '</mark>') marked = false;
		else if (token) parts.push({ text: token, marked });
	}
	return parts;
}

/**
 * An excerpt that begins within the page's other names (the quick-find index
 * holds them without their label, and Pagefind may start an excerpt a word or
 * two into them) gets the label back in front, with "…" where words were cut,
 * so that the names read as what they are: "Also known as: … collective
 * action, …".
 */
export function labelledAliases(parts: ExcerptPart[], aliases: string | undefined, label: string): ExcerptPart[] {
	const text = parts
		.map((p) => p.text)
		.join('')
		.trimStart();
	const opening = text.slice(0, 20);
	if (!aliases || !opening || text.startsWith(label) || !aliases.includes(opening)) return parts;
	return [{ text: aliases.startsWith(opening) ? `${label} ` : `${label} … `, marked: false }, ...parts];
}
