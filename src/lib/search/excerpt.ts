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
