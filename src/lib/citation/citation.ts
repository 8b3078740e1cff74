import { defaultLanguage, locales, type Language } from '../../i18n/languages';

/** How the site writes a cited work: author-year, as the paper cites it. */
export interface SourceLike {
	authors: string[];
	etAl?: boolean;
	year: string;
}

/**
 * "Marshall (1920)", "Nadvi and Schmitz (1999)", "Giuliani et al. (2005)", "Altenburg, Meyer-Stamer and X (1999)";
 * the names joined as the page's language joins a list ("Nadvi et Schmitz", "Nadvi y Schmitz").
 */
export function sourceLabel({ authors, etAl = false, year }: SourceLike, language: Language = defaultLanguage): string {
	const names = etAl
		? `${authors[0]} et al.`
		: new Intl.ListFormat(locales[language].dates, { type: 'conjunction' }).format(authors);
	return `${names} (${year})`;
}

/**
 * The paper's bibliographic record, from /work/shared/paper/README.md: the
 * one place every "cite" feature (the four formats, the .bib and .ris files,
 * the `citation_*` meta tags, the JSON-LD) reads it from.
 */
export const paperRecord = {
	authors: [
		{ given: 'Marco', family: 'Marchese' },
		{ given: 'Akiko', family: 'Sakamoto' },
	],
	title: 'Skills development for industrial clusters: A preliminary review',
	year: 2008,
	series: 'Employment Working Paper',
	number: '8',
	/** The ILO sector the series belongs to. */
	sector: 'Employment Sector',
	publisher: 'International Labour Office, Skills and Employability Department',
	place: 'Geneva',
	pages: 43,
	isbn: { print: '978-92-2-121279-9', web: '978-92-2-121280-5' },
	issn: { print: '1999-2939', online: '1999-2947' },
} as const;

/** A CSL-JSON item: the input of citation-js and of every CSL style. */
export interface CslItem {
	id: string;
	type: 'report' | 'webpage';
	title: string;
	'citation-key'?: string;
	author?: { given: string; family: string }[];
	issued?: { 'date-parts': number[][] };
	accessed?: { 'date-parts': number[][] };
	genre?: string;
	number?: string;
	publisher?: string;
	'publisher-place'?: string;
	'number-of-pages'?: string;
	'container-title'?: string;
	ISBN?: string;
	ISSN?: string;
	URL?: string;
}

/** The key of the paper's record in BibTeX and RIS (letters and digits only, so every tool keeps it as it is). */
export const paperCitationKey = 'MarcheseSakamoto2008';

/** The paper as a CSL item (a report in a numbered series). Both ISBNs and ISSNs, space-separated as reference managers read them. */
export function paperCsl(): CslItem {
	const p = paperRecord;
	return {
		id: paperCitationKey,
		'citation-key': paperCitationKey,
		type: 'report',
		title: p.title,
		author: p.authors.map((a) => ({ ...a })),
		issued: { 'date-parts': [[p.year]] },
		// The series goes in `genre` with `number`: APA then writes "(Employment Working Paper No. 8)",
		// BibTeX `type` and `number`, RIS `M3` and `SN` (the report number, by the RIS specification).
		genre: p.series,
		number: p.number,
		publisher: p.publisher,
		'publisher-place': p.place,
		'number-of-pages': String(p.pages),
		ISBN: `${p.isbn.print} ${p.isbn.web}`,
		ISSN: `${p.issn.print} ${p.issn.online}`,
	};
}

/**
 * A page of this site as a CSL item. The site names no authors, so styles
 * put the title first (APA) or the site in the author's place (Chicago).
 * `accessed` is the build date: the text of a static page is fixed when it
 * is built, so that date names the version a reader saw (see README "Citing").
 */
export function pageCsl({
	title,
	url,
	siteName,
	accessed,
}: {
	title: string;
	url: string;
	siteName: string;
	accessed: Date;
}): CslItem {
	// BibTeX keys: letters, digits and underscores only (citation-js replaces a key with other characters).
	const path = new URL(url).pathname.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');
	const key = `SkillsClusters_${path || 'home'}`;
	return {
		id: key,
		'citation-key': key,
		type: 'webpage',
		title,
		'container-title': siteName,
		URL: url,
		accessed: { 'date-parts': [[accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]] },
	};
}
