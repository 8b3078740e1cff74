/**
 * The cite box's formats and the file that carries them to the browser. The
 * box on a page shows one citation without JavaScript; its script loads the
 * page's cite file (written after the build, src/integration/cite-files.ts)
 * when a reader opens the box. No citation library here: this module is
 * bundled into that script.
 */

/** The four ways a reader can cite a page or the paper, in the order the box shows them. */
export const citeFormats = ['apa', 'chicago', 'bibtex', 'ris'] as const;
export type CiteFormat = (typeof citeFormats)[number];

/** A page's cite file (`cite.json` beside its `index.html`). */
export interface CiteFile {
	/** The page's address as cited (the configured site address); the box puts the reader's own in its place. */
	url: string;
	page: Record<CiteFormat, string>;
	paper: Record<CiteFormat, string>;
}

/** A citation with the cited address replaced by the one the reader is on (a preview, a mirror, a local copy). */
export const citedAt = (citation: string, citedUrl: string, here: string): string =>
	citedUrl === here ? citation : citation.split(citedUrl).join(here);
