/**
 * The English words of the "Cite this page" box and of the copy controls. A
 * module of its own, so that the cite box's script, which loads when the box
 * is opened, bundles them and nothing else.
 */

/** The cite box and the copy controls (bundled into the cite box's script). */
export const cite = {
	page: 'Cite this page',
	paper: 'Cite the paper',
	formats: { apa: 'APA 7', chicago: 'Chicago (author-date)', bibtex: 'BibTeX', ris: 'RIS' },
	copy: 'Copy',
	copyName: (format: string, what: 'page' | 'paper') => `Copy ${format} citation of the ${what}`,
	copied: 'Copied to the clipboard',
	linkCopied: 'Link copied to the clipboard',
	copyFailed: 'Could not copy; select the text instead',
	accessedNote: (date: string) =>
		`The date accessed is the day this version of the site was built (${date}): its text has not changed since. Change it if your style asks for the day you read it.`,
	download: (format: string) => `Download the paper's record (.${format})`,
};
