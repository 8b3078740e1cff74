/** Human labels for the ids and enums of the content model, in one place. */
import type { Actor, TaxonomyCell } from '../schemas/taxonomy';
import type { ConceptTheme } from '../schemas/concept';
import type { RecommendationGroup } from '../schemas/recommendation';
import type { CollectionName } from '../lib/content/collections';
import type { ClusterPagesKind } from '../lib/content/cluster-pages';

/** What one entry and several entries of each collection (see `collections.ts`) are called. */
export const collectionLabel: Record<CollectionName, { one: string; many: string }> = {
	concepts: { one: 'Concept', many: 'Concepts' },
	cases: { one: 'Case study', many: 'Case studies' },
	lessons: { one: 'Lesson', many: 'Lessons' },
	recommendations: { one: 'Recommendation', many: 'Recommendations' },
	paths: { one: 'Learning path', many: 'Learning paths' },
	paperSections: { one: 'Paper section', many: 'Paper sections' },
	sources: { one: 'Cited work', many: 'Cited works' },
	organizations: { one: 'Institution or abbreviation', many: 'Institutions and abbreviations' },
	clusters: { one: 'Cluster', many: 'Clusters' },
	charts: { one: 'Chart', many: 'Charts' },
};

/** A collection's entry named in running text ("unknown case study ..."). */
export const collectionNoun = (collection: CollectionName): string => collectionLabel[collection].one.toLowerCase();

/** "1 min", "12 min", "1 h 05 min": a reading time or duration for display. */
export function formatMinutes(minutes: number): string {
	if (minutes < 60) return `${minutes} min`;
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')} min`;
}

/** Words of the learning paths, their pages, handouts and packages. */
export const pathLabels = {
	partOf: 'Part of',
	step: (position: number, count: number) => `step ${position} of ${count}`,
	previousInPath: 'Previous in the path',
	nextInPath: 'Next in the path',
	audience: 'Who it is for',
	prerequisites: 'Before you start',
	noPrerequisites: 'Nothing: the path starts from the beginning.',
	duration: 'Duration',
	readingTime: 'Reading time',
	objectives: 'After this path, participants can',
	sequence: 'The units, in order',
	why: 'Why it is here',
	questions: 'Discussion questions',
	exercise: 'Exercise',
	task: 'Task',
	material: 'Material',
	facilitatorNotes: 'Facilitator notes',
	goodAnswer: 'A good answer makes these points',
	selfCheck: 'Self-check',
	showAnswer: 'Show the answer',
	tracedTo: 'In the paper',
	handouts: 'Handouts and packages',
	learnerPdf: 'Handout for participants (PDF)',
	facilitatorPdf: 'Facilitator version with notes and answers (PDF)',
	cartridge: 'Course package for Moodle, Canvas and other learning platforms (IMS Common Cartridge)',
	printView: 'Print view: print this page from the browser for a one-page-per-topic handout.',
	siteAddress: 'Online at',
	forTheFacilitator: 'For the facilitator',
} as const;

export const cellLabel: Record<TaxonomyCell, string> = {
	'traditional-diversified': 'Traditional manufacturing, diversified',
	'traditional-subcontractor': 'Traditional manufacturing, subcontractor',
	'high-tech-diversified': 'High-tech, diversified',
	'high-tech-subcontractor': 'High-tech, subcontractor',
};

export const industryLabel = {
	'traditional-manufacturing': 'Traditional manufacturing',
	'high-tech': 'High-tech',
} as const;
export const structureLabel = { diversified: 'Diversified', subcontractor: 'Subcontractor' } as const;

/** The cell id of a taxonomy position. */
export const cellOf = (t: {
	industry: keyof typeof industryLabel;
	structure: keyof typeof structureLabel;
}): TaxonomyCell => `${t.industry === 'high-tech' ? 'high-tech' : 'traditional'}-${t.structure}` as TaxonomyCell;

export const actorLabel: Record<Actor, string> = {
	state: 'The state',
	'local-government': 'Local government',
	'business-associations': 'Business associations',
	firms: 'Firms',
	buyers: 'Buyers',
	mnes: 'Multinational enterprises (MNEs)',
	'training-institutions': 'Training institutions',
	universities: 'Universities',
	'international-organizations': 'International organizations',
	workers: 'Workers',
};

export const themeLabel: Record<ConceptTheme, string> = {
	foundations: 'Foundations',
	'upgrading-and-learning': 'Upgrading and learning',
	'skills-in-cluster-development': 'Skills in cluster development',
	'interventions-and-actors': 'Interventions and actors',
	'cluster-types-and-outcomes': 'Cluster types and social outcomes',
};

export const groupLabel: Record<RecommendationGroup, string> = {
	approaches: 'Approaches to skills upgrading',
	'traditional-diversified': 'Traditional manufacturing: diversified clusters',
	'traditional-subcontractor': 'Traditional manufacturing: subcontractor clusters',
	'high-tech-diversified': 'High-tech: diversified clusters',
	'social-dimension': 'The social dimension',
};

export const siteTitle = 'Skills for Industrial Clusters';
export const paperCitation =
	'Marchese, M.; Sakamoto, A. (2008). Skills development for industrial clusters: A preliminary review. Employment Working Paper No. 8. Geneva: International Labour Office, Skills and Employability Department.';

/** How a paper section is named in links: "Part I, 4a. Provision of demand-driven training". */
export function sectionLabel(section: { part: string; number?: string; title: string }): string {
	return `${section.part}${section.number ? `, ${section.number}.` : ':'} ${section.title}`;
}

/** The accessible name of the "¶" link after each paragraph, list item and table. */
export const blockAnchorLabel = {
	p: 'Link to this paragraph',
	li: 'Link to this list item',
	table: 'Link to this table',
} as const;

/** The words of the "Cite this page" box and of the copy controls. */
export const citeLabels = {
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
} as const;

/** The end of every printed page: where it is online and what it explains. */
export const printColophon = {
	address: 'This page online:',
	source:
		'Explains, in its own words, Marchese, M.; Sakamoto, A. (2008), Skills development for industrial clusters: A preliminary review, ILO Employment Working Paper No. 8.',
} as const;

/** Words around the site's diagrams. */
export const diagramLabels = {
	description: 'Text description',
	scrollHint: 'Scroll sideways to see the whole diagram.',
} as const;

/** Words of the header navigation. */
export const navLabels = { menu: 'Menu' } as const;

/** Words of the offline copy (the button on the trainers' page and its messages). */
export const offlineLabels = {
	footerLink: 'Read offline',
	save: 'Save the site for offline reading',
	saving: 'Saving…',
	saved: 'Saved: every page, diagram and the search now work without a connection.',
	failed: 'Saving failed; check the connection and try again.',
	unsupported: 'This browser cannot keep the site offline.',
} as const;

/**
 * Words of the concept map (`/map/concepts/`) and of the neighbourhood
 * picture on each concept's page.
 */
export const conceptMapLabels = {
	title: 'Concept map',
	lead: 'All the concepts of the paper in one picture: how they lean on each other, grouped by theme.',
	intro: (threshold: number) =>
		`Each box is a concept; its colour and its marker's shape show its theme, and the concepts of a theme sit together under the theme's name. ` +
		`A solid line joins two concepts whose pages name each other as related. ` +
		`A dashed line joins two concepts that are not declared related but are tagged together on at least ${threshold} pages (case studies, lessons and recommendations). ` +
		`Select a box to open the concept's page. Phones get a taller drawing in one column; the list below the map gives the same relations in words.`,
	svgTitle: 'Concept map of the paper',
	svgDescription: (concepts: number, related: number, shared: number) =>
		`${concepts} concepts in five themes, joined by ${related} related pairs (solid lines) and ${shared} pairs often tagged together (dashed lines). The same relations are listed below the map.`,
	region: 'Concept map',
	legendHeading: 'Legend',
	themesHeading: 'Themes',
	edgesHeading: 'Lines',
	relatedEdge: 'Related: each concept names the other as related',
	sharedEdge: (threshold: number) =>
		`Often used together: tagged together on ${threshold} or more pages, not declared related`,
	listHeading: 'The same relations as a list',
	relatedTerm: 'Related',
	sharedTerm: 'Often used together with',
	noRelations: 'No line joins it to another concept yet.',
	/** The concept page's picture. */
	neighbourhood: {
		heading: 'Neighbourhood',
		title: (concept: string) => `${concept}: its related concepts and the pages that use it`,
		caption:
			'The concept, its related concepts, and the case studies and recommendations tagged with it. The lists below give the same links.',
		related: 'Related concepts',
		cases: 'Case studies',
		recommendations: 'Recommendations',
		mapLink: 'All concepts on the concept map',
	},
} as const;

/* The cluster map (/map/clusters/), the tables of clusters, and the Table 1 navigator on /taxonomy/. */

/** Words of the cluster map page. */
export const clusterMapLabels = {
	title: 'Where the clusters are',
	lead: 'A world map of every cluster the paper names, numbered and keyed to the table below it.',
	worldTitle: 'World map of the clusters the paper names',
	westTitle: 'Clusters in the Americas',
	eastTitle: 'Clusters in Europe, Africa and Asia',
	description: (count: number) =>
		`${count} numbered markers, one per cluster, at the approximate place of each. Markers of nearby places are spread around them and joined to the place by a line. A filled circle links to the cluster's case study; an outlined square links to its row in the table.`,
	caption: 'The clusters the paper names. Numbers match the table; positions are approximate.',
	regionLabel: 'Map of the clusters (scrolls sideways on a narrow screen)',
	legendCase: 'Filled circle: the cluster has a case study page (the marker opens it).',
	legendOther: 'Outlined square: no case study (the marker opens its row in the table).',
	markerName: (n: number, name: string, place: string, caseTitle?: string) =>
		caseTitle ? `${n}. ${name} (${place}): case study ${caseTitle}` : `${n}. ${name} (${place}): details in the table`,
	tableCaption: 'The clusters on the map',
	columns: {
		number: 'No.',
		cluster: 'Cluster',
		place: 'Place',
		country: 'Country',
		sector: 'Sector',
		type: 'Table 1 type',
		pages: 'On this site',
	},
	noType: 'Not placed',
} as const;

/** Words of the table of every cluster the paper names, on `/cases/`. */
export const casesClusterTableLabels = {
	columns: { cluster: 'Cluster', where: 'Where', sector: 'Sector', type: 'Type (Table 1)', pages: 'Discussed on' },
	noType: 'not given',
	aliases: 'also:',
} as const;

/** A cluster's Table 1 type in a table of clusters, or `noType` where the paper places it in none. */
export const clusterTypeLabel = (taxonomy: Parameters<typeof cellOf>[0] | undefined, noType: string): string =>
	taxonomy ? cellLabel[cellOf(taxonomy)] : noType;

/** What the links of a cluster's "on this site" cell are (see `cluster-pages.ts`), said before them on the map's table. */
export const clusterPagesLabels: Record<ClusterPagesKind, string> = {
	caseStudy: 'Case study:',
	mentionedOn: 'Mentioned on:',
	paperSections: 'In the paper:',
};

/** Words of the Table 1 matrix on /taxonomy/. */
export const taxonomyMatrixLabels = {
	title: 'Table 1 as a map of this page',
	description:
		"A two-by-two grid: rows are the macro-industry (traditional manufacturing, high-tech), columns the internal structure (diversified, subcontractor). Each cell names the paper's cases of that type and links to its section below.",
	caption: 'Table 1 drawn as a grid: choose a cell to go to its section.',
	emptyCell: 'No case in the paper',
	cellName: (cell: string, cases: readonly string[]) =>
		cases.length > 0 ? `${cell}: ${cases.join(', ')}` : `${cell}: no case in the paper`,
	features: 'Features of this type, as the paper describes them:',
} as const;

/** Charts of the paper's figures: `/charts/`, the charts on case pages, their captions and tables. */
export const chartLabels = {
	pageTitle: "Charts of the paper's figures",
	pageLead:
		'The numbers the paper gives for its cases and the countries it compares, drawn to scale, each with its source and a table of the figures as the paper writes them.',
	source: 'Source:',
	inPaper: 'In the paper:',
	footnote: (n: number) => `footnote ${n}`,
	tableCaption: (title: string) => `The figures of “${title}”, as the paper writes them`,
	columns: { what: 'What', figure: 'As the paper writes it', year: 'Year', note: 'Note' },
	noYear: '—',
	/** The section of a case page that shows its charts. */
	caseSection: 'Its figures in charts',
	allCharts: "All charts of the paper's figures",
} as const;

/** "See the whole": the hub of the maps and charts (`/map/`), and how the home page, the trainers' page and the footer name them. */
export const mapsLabels = {
	hub: {
		title: 'Maps and charts',
		lead: 'The shape of the paper at a glance: how its ideas connect, where its clusters are, which advice fits which kind of cluster, and the numbers it compares.',
		intro:
			'Each picture is drawn from the same entries as the rest of the site, works without JavaScript and comes with a list or table that says the same in words.',
		footerLink: 'Maps and charts',
	},
	conceptMap: {
		title: conceptMapLabels.title,
		description:
			'Every concept as a node, linked to the concepts it relates to and to those the same pages use, grouped by theme.',
		count: (n: number) => `${n} concepts.`,
	},
	clusterMap: {
		title: clusterMapLabels.title,
		description:
			'A world map of the clusters the paper names, each marker leading to its case study or to the pages that mention it.',
		count: (clusters: number, countries: number) => `${clusters} clusters in ${countries} countries.`,
	},
	taxonomy: {
		title: 'Table 1 as a navigator',
		description:
			"The paper's taxonomy of clusters by industry and structure: each cell leads to its cases, features and recommendations.",
	},
	charts: {
		title: chartLabels.pageTitle,
		description:
			'The numbers the paper compares (exports, literacy, school enrolment, growth), drawn as charts with their data tables and sources.',
		count: (n: number) => `${n} charts.`,
	},
} as const;
