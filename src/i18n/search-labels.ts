/**
 * What search says to readers, in one place for the French and Spanish
 * editions to come. Quotes around the reader's words are typographic.
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const searchLabels = {
	searching: 'Searching…',
	prompt: 'Type a word or choose a filter to browse.',
	/** The count line of the search page. */
	results: (total: number, query: string, filtered: boolean) =>
		`${plural(total, 'result', 'results')}${query ? ` for “${query}”` : ''}${filtered ? ' (filtered)' : ''}`,
	/** Shown when some of the reader's words occur nowhere on the site. */
	noResults: (query: string) => `No results for “${query}”.`,
	/** Before the suggested spelling, which is a link that searches for it. */
	didYouMean: 'Did you mean',
	showMore: (next: number) => `Show ${next} more result${next === 1 ? '' : 's'}`,
	shownOf: (shown: number, total: number) => `Showing ${shown} of ${total}.`,
	/** The dialog's count line. */
	dialogResults: (total: number) => `${plural(total, 'result', 'results')}. Use the arrow keys to move through them.`,
	sectionsOf: (title: string) => `Sections of ${title}`,
	/** When the search code or index could not load (a dropped connection, say). */
	unavailable: 'Search could not load. Check your connection and try again.',
};
