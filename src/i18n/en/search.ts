/**
 * The English words of search: the search page, the dialog and their filters.
 * A module of their own, so that the browser's search code bundles these and
 * no other words of the site.
 */
import { plural } from '../format';

/** The search page, the search dialog and their filters (bundled into the browser's search code). */
export const search = {
	searching: 'Searching…',
	prompt: 'Type a word or choose a filter to browse.',
	/** The count line of the search page. */
	results: (total: number, query: string, filtered: boolean) =>
		`${plural('en', total, { one: '# result', other: '# results' })}${query ? ` for “${query}”` : ''}${filtered ? ' (filtered)' : ''}`,
	/** Shown when some of the reader's words occur nowhere on the site. */
	noResults: (query: string) => `No results for “${query}”.`,
	/** The suggested spelling's sentence; `{suggestion}` is a link that searches for it. */
	didYouMean: 'Did you mean {suggestion}?',
	showMore: (next: number) => plural('en', next, { one: 'Show # more result', other: 'Show # more results' }),
	/** The dialog's count line: the results it shows (the search page has the rest). */
	dialogResults: (shown: number) =>
		`${plural('en', shown, { one: '# result shown', other: '# results shown' })}. Use the arrow keys to move through them.`,
	sectionsOf: (title: string) => `Sections of ${title}`,
	/** Before a topic's other names, on its page and in a result's excerpt that begins with them. */
	alsoKnownAs: 'Also known as:',
	/** When the search code or index could not load (a dropped connection, say). */
	unavailable: 'Search could not load. Check your connection and try again.',
	/** The header's search dialog, which the search code builds when it first opens. */
	dialog: {
		title: 'Search the site',
		inputLabel: 'Search the site',
		placeholder: 'Search concepts, cases, lessons…',
		close: 'Close',
		allResults: 'All results, with filters',
	},
	/**
	 * Each filter by its id: `name` is the Pagefind filter and the address's
	 * parameter (`/search/?case+study=...`, so published search links keep
	 * working), `heading` the title of its group on the search page.
	 */
	facets: {
		type: { name: 'type', heading: 'Type' },
		caseStudy: { name: 'case study', heading: 'Case study' },
		country: { name: 'country', heading: 'Country' },
		sector: { name: 'sector', heading: 'Sector' },
		clusterType: { name: 'cluster type', heading: 'Cluster type' },
		actor: { name: 'actor', heading: 'Actor' },
		concept: { name: 'concept', heading: 'Concept' },
	},
};
