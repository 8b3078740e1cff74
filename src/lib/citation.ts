/** How the site writes a cited work: author-year, as the paper cites it. */
export interface SourceLike {
	authors: string[];
	etAl?: boolean;
	year: string;
}

/** "Marshall (1920)", "Nadvi and Schmitz (1999)", "Giuliani et al. (2005)", "Altenburg, Meyer-Stamer and X (1999)". */
export function sourceLabel({ authors, etAl = false, year }: SourceLike): string {
	let names: string;
	if (etAl) names = `${authors[0]} et al.`;
	else if (authors.length === 1) names = authors[0];
	else names = `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
	return `${names} (${year})`;
}
