/** A search result as the dialog and the search page show it, from quick find or from Pagefind. */
export interface SearchHit {
	url: string;
	title: string;
	type: string;
	/** Page text with the matched words in <mark>, unescaped (as Pagefind returns it): render it with `excerptParts`, never as HTML. */
	excerpt: string;
	/** The page's other names (a topic page's `aliases` meta), if it has any. */
	aliases?: string;
	/** Matches under a heading of the page: deep links to that section. */
	sections: { title: string; url: string }[];
}
