/**
 * Every word of the English edition that templates and scripts show, keyed
 * by id and grouped by where it appears. A French or Spanish edition is a
 * sibling module with the same shape (`Strings`, checked by the compiler in
 * `ui.ts`); longer texts live as MDX in `content/pages/`.
 *
 * Areas the browser needs (`search`, `offline`, `cite`) are modules of their own
 * (`en/`), so that a script bundles only those words. Quotes around a reader's words are
 * typographic.
 */
import { plural } from './format';
import type { paperRecord } from '../lib/citation/citation';

type Paper = typeof paperRecord;
/** "Marchese, M.; Sakamoto, A." */
const initialled = (p: Paper) => p.authors.map((a) => `${a.family}, ${a.given[0]}.`).join('; ');
/** "Marchese and Sakamoto" */
const families = (p: Paper, and = 'and') => p.authors.map((a) => a.family).join(` ${and} `);

import { search } from './en/search';
import { offline } from './en/offline';
import { cite } from './en/cite';

const conceptMapTitle = 'Concept map';
const clusterMapTitle = 'Where the clusters are';
const chartsTitle = "Charts of the paper's figures";

export const strings = {
	site: {
		title: 'Skills for Industrial Clusters',
		skipLink: 'Skip to content',
		mainNav: 'Main',
		menu: 'Menu',
		/** The main navigation, in three groups: reading the paper, seeing it whole, teaching with it. */
		nav: {
			concepts: 'Concepts',
			cases: 'Case studies',
			lessons: 'Lessons',
			recommendations: 'Recommendations',
			paper: 'The paper',
			maps: 'Maps and charts',
			taxonomy: 'Taxonomy',
			glossary: 'Glossary',
			paths: 'Learning paths',
			forTrainers: 'For trainers',
		},
		/** The groups of the main navigation, as screen readers announce them. */
		navGroups: { read: 'Read the paper', explore: 'See it whole', teach: 'Teach with it' },
		/** The footer's sentence about the paper; the paper's title is set in between, as a citation. */
		/** The footer's sentence; the place `{title}` is the paper's title, set as a citation. */
		footerText: (p: Paper) =>
			`An independent explanation of ${initialled(p)} (${p.year}), {title}, ILO ${p.series} No. ${p.number}. The site is written in its own words; it is not the paper's text.`,
		footer: {
			paper: 'About the paper',
			references: 'References',
			maps: 'Maps and charts',
			forTrainers: 'For trainers',
		},
		home: 'Home',
		breadcrumb: 'Breadcrumb',
		darkTheme: 'Dark theme',
		/** The social card's and search's image description: "<title>: <kind> · <site>". */
		imageAlt: (title: string, kind: string, site: string) => `${title}: ${kind} · ${site}`,
		/** The window title of every page but the home page. */
		fullTitle: (title: string, site: string) => `${title} · ${site}`,
		/** The language switcher's name for screen readers, with the current language's name in itself. */
		languageMenu: (current: string) => `Language: ${current}`,
	},

	/** What a page is, for search's "type" filter, the social card and `article:section`, beside the collections' names. */
	kinds: { page: 'Page', reference: 'Reference', glossary: 'Glossary' },

	/** What one entry and several entries of each collection (see `collections.ts`) are called. */
	collections: {
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
		pageTexts: { one: 'Page text', many: 'Page texts' },
	},

	/** A reading time or duration: "12 min", "1 h", "1 h 05 min". */
	time: {
		minutes: (m: number) => `${m} min`,
		hours: (h: number) => `${h} h`,
		hoursMinutes: (h: number, m: string) => `${h} h ${m} min`,
		/** A time of day into a session, "1:05", and a span of two, "0:10–0:45". */
		clock: (h: number, m: string) => `${h}:${m}`,
		span: (from: string, to: string) => `${from}–${to}`,
	},

	/** Words of the learning paths, their pages, handouts and packages. */
	paths: {
		partOf: 'Part of',
		membership: 'Learning paths',
		step: (position: number, count: number) => `step ${position} of ${count}`,
		previousInPath: 'Previous in the path',
		nextInPath: 'Next in the path',
		audience: 'Who it is for',
		prerequisites: 'Before you start',
		noPrerequisites: 'Nothing: the path starts from the beginning.',
		duration: 'Duration',
		readingTime: 'Reading time',
		units: (n: number) => plural('en', n, { one: '# unit', other: '# units' }),
		objectives: 'After this path, participants can',
		sequence: 'The units, in order',
		why: 'Why it is here',
		questions: 'Discussion questions',
		exercise: 'Exercise',
		task: 'Task',
		material: 'Material',
		facilitatorNotes: 'Facilitator notes',
		facilitatorSummary: 'notes and the points of a good answer',
		goodAnswer: 'A good answer makes these points',
		selfCheck: 'Self-check',
		showAnswer: 'Show the answer',
		tracedTo: 'In the paper',
		handouts: 'Handouts and packages',
		learnerPdf: 'Handout for participants (PDF)',
		facilitatorPdf: "Facilitator's guide: session plan, notes and answers (PDF)",
		/** A PDF's length and size beside its link, filled in once the PDFs are printed: "(45 pages, 950 kB)". */
		pdfFacts: (pages: number, size: string) =>
			plural('en', pages, { one: `(# page, ${size})`, other: `(# pages, ${size})` }),
		cartridge: 'Course package for Moodle, Canvas and other learning platforms (IMS Common Cartridge)',
		printView: 'Print view: print this page from the browser for a one-page-per-topic handout.',
		howToImport: 'How to import a package',
		siteAddress: 'Online at',
		forTheFacilitator: 'For the facilitator',
		/** The facilitator's guide: its cover and the running header of its pages. */
		guide: {
			banner: "Facilitator's guide: not for participants",
			note: 'The session plan, the notes and the good answers come first, then the units as participants read them. Give participants the handout for participants instead.',
			header: (title: string) => `Facilitator's guide: not for participants · ${title}`,
		},
		/** The session plan: the whole time, step by step, timed (the first page of the facilitator's guide). */
		plan: {
			heading: 'Session plan',
			lead: (duration: string, inTheRoom: string) =>
				duration === inTheRoom
					? `The whole session, ${duration}, step by step.`
					: `The whole session, ${duration}: ${inTheRoom} together, after the reading done beforehand.`,
			time: 'Time',
			step: 'Step',
			length: 'Length',
			what: 'What happens',
			beforeSession: 'Before the session',
			total: 'Total',
			parts: {
				introduction: 'Introduction',
				reading: 'Reading',
				discussion: 'Discussion',
				break: 'Break',
				exercise: 'Exercise',
				'report-back': 'Report back',
				'self-check': 'Self-check',
				close: 'Close',
			},
		},
		/** The list of paths on `/paths/`. */
		index: {
			lead: 'Ready-made modules for a course or workshop: each one sets out who it is for, what participants will be able to do, the pages to read in order, discussion questions, an exercise on the cases and a self-check.',
			/** After "Duration:": "3 h; 11 units, 30 min of reading." */
			timing: (duration: string, units: string, minutes: string) => `${duration}; ${units}, ${minutes} of reading.`,
			learnerPdf: 'Handout (PDF)',
			facilitatorPdf: "Facilitator's guide (PDF)",
			cartridge: 'Course package (IMS Common Cartridge)',
			allBefore: 'All the paths in one course package:',
			allLink: 'all paths (IMS Common Cartridge)',
			howToBefore: 'How to import a package, adapt a path or print a handout:',
			howToLink: 'for trainers',
		},
		/** The course packages (IMS Common Cartridge). */
		package: {
			overview: 'About this path',
			discussion: (n: number, question: string) => `Discussion ${n}: ${question}`,
			fromPath: 'From the learning path',
			title: (path: string, site: string) => `${path} (${site})`,
			allTitle: (site: string) => `${site}: learning paths`,
		},
		/** Titles of the two PDF versions, as they appear in the PDF's metadata. */
		handoutTitle: { learner: 'handout for participants', facilitator: "facilitator's guide" },
	},

	taxonomy: {
		cells: {
			'traditional-diversified': 'Traditional manufacturing, diversified',
			'traditional-subcontractor': 'Traditional manufacturing, subcontractor',
			'high-tech-diversified': 'High-tech, diversified',
			'high-tech-subcontractor': 'High-tech, subcontractor',
		},
		industries: { 'traditional-manufacturing': 'Traditional manufacturing', 'high-tech': 'High-tech' },
		structures: { diversified: 'Diversified', subcontractor: 'Subcontractor' },
		actors: {
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
		},
		/** The page `/taxonomy/` (its introduction is `content/pages/taxonomy.mdx`). */
		page: {
			title: 'The cluster taxonomy',
			lead: 'Table 1 of the paper: clusters sorted by macro-industry and by internal structure, with the cases and the recommendations that belong to each type.',
			tableCaption: "Table 1: Taxonomy of industrial clusters, with the paper's cases",
			columnHeading: (structure: string) => `${structure} clusters`,
			noCase: 'No case in the paper',
			paperOnType: 'The paper on this type',
			emptyCell:
				"The paper's table leaves this cell empty: it discusses no high-tech subcontractor cluster and makes no recommendation for one.",
			concepts: 'Concepts:',
			cases: 'Cases:',
			noCases: 'none in the paper.',
			recommendations: 'Recommendations for this type',
			alsoOnRecommendations: 'also on the recommendations page',
			noRecommendations: 'The paper makes no recommendation for this type of cluster.',
		},
		/** The Table 1 matrix on /taxonomy/. */
		matrix: {
			title: 'Table 1 as a map of this page',
			description:
				"A two-by-two grid: rows are the macro-industry (traditional manufacturing, high-tech), columns the internal structure (diversified, subcontractor). Each cell names the paper's cases of that type and links to its section below.",
			caption: 'Table 1 drawn as a grid: choose a cell to go to its section.',
			emptyCell: 'No case in the paper',
			cellName: (cell: string, cases: readonly string[]) =>
				cases.length > 0 ? `${cell}: ${cases.join(', ')}` : `${cell}: no case in the paper`,
			features: 'Features of this type, as the paper describes them:',
		},
	},

	concepts: {
		themes: {
			foundations: 'Foundations',
			'upgrading-and-learning': 'Upgrading and learning',
			'skills-in-cluster-development': 'Skills in cluster development',
			'interventions-and-actors': 'Interventions and actors',
			'cluster-types-and-outcomes': 'Cluster types and social outcomes',
		},
		/** `/concepts/`. */
		index: {
			lead: 'The ideas the paper uses to explain how skills shape industrial clusters, each defined in one sentence.',
			termSetName: 'Concepts of the paper Skills development for industrial clusters',
			byThemeNav: 'Browse by theme',
			jumpToLetter: 'Or jump to a letter:',
			aToZ: 'A to Z',
			byTheme: 'By theme',
		},
		/** A concept's page. */
		entry: {
			theme: 'Theme:',
			related: 'Related concepts',
			pagesOn: (concept: string) => `Pages on ${concept}`,
			cases: 'Case studies',
			lessons: 'Lessons',
			recommendations: 'Recommendations',
			buildOnIt: 'Concepts that build on it',
		},
	},

	recommendations: {
		groups: {
			approaches: 'Approaches to skills upgrading',
			'traditional-diversified': 'Traditional manufacturing: diversified clusters',
			'traditional-subcontractor': 'Traditional manufacturing: subcontractor clusters',
			'high-tech-diversified': 'High-tech: diversified clusters',
			'social-dimension': 'The social dimension',
		},
		/** `/recommendations/`. */
		index: {
			lead: 'What the paper recommends for skills development in clusters: by where it is argued, by cluster type and by who acts.',
			narrow: 'Narrow the list',
			byClusterTypeLabel: 'By cluster type:',
			byActorLabel: 'By actor:',
			inOrder: "All recommendations, in the paper's order",
			byClusterType: 'By cluster type',
			byActor: 'By actor',
			noneForType: 'The paper makes no recommendation for this type of cluster.',
		},
		/** A recommendation's page. */
		entry: {
			partOf: 'Part of',
			clusterTypes: 'Cluster types',
			whoActs: 'Who acts',
			lessons: 'Lessons behind it',
			cases: 'Case studies',
		},
	},

	cases: {
		/** `/cases/` (the table of every cluster is `clusterTable`). */
		index: {
			lead: 'The five case studies of Part II of the paper, side by side: four clusters and a mix of African clusters.',
			compared: 'The five cases compared',
			rows: {
				sector: 'Sector',
				country: 'Country',
				clusterType: 'Cluster type',
				turningPoint: 'Turning point',
				response: 'Response',
				upgradingAchieved: 'Upgrading achieved',
				stateRole: 'Role of the state',
				associationsRole: 'Role of associations',
				socialOutcome: 'Social outcome',
				kindsOfUpgrading: 'Kinds of upgrading',
			},
			upgrading: {
				'product-upgrading': 'product',
				'process-upgrading': 'process',
				'functional-upgrading': 'functional',
			},
			taxonomyBefore: "Where each case sits in the paper's classification of clusters:",
			taxonomyLink: 'the cluster taxonomy',
			everyCluster: 'Every cluster the paper names',
			everyClusterIntro:
				'Besides its five case studies, the paper draws on other clusters as examples. Each is listed with where it is, its industry, its type where the paper gives one, and the pages of this site that discuss it.',
		},
		/** A case study's page. */
		entry: {
			country: 'Country',
			region: 'Region',
			sector: 'Sector',
			clusterType: 'Cluster type',
			turningPoint: 'Turning point:',
			keyFigures: 'Key figures',
			keyFiguresCaption: (title: string) => `Key figures of the ${title} case, as the paper gives them`,
			columns: { what: 'What', figure: 'Figure', year: 'Year' },
			noYear: '—',
			timeline: 'Timeline',
			lessons: 'Lessons from this case',
			recommendations: 'Recommendations it supports',
			organizations: 'Institutions involved',
		},
		/** The table of every cluster the paper names, on `/cases/`. */
		clusterTable: {
			columns: { cluster: 'Cluster', where: 'Where', sector: 'Sector', type: 'Type (Table 1)', pages: 'Discussed on' },
			noType: 'not given',
			aliases: 'also:',
		},
	},

	lessons: {
		index: { lead: "What each case study teaches about skills in clusters, grouped by case, in the paper's order." },
		entry: {
			fromCase: (order: number) => `Lesson ${order} from the case study`,
			recommendations: 'Recommendations it supports',
			related: 'The same lesson in other cases',
		},
	},

	glossary: {
		/** The glossary's name: its page, its search type, the kicker and breadcrumb of its entries. */
		title: 'Glossary',
		lead: 'The institutions, programmes and abbreviations the paper uses, with their full names and what they do in the story.',
		groups: 'Groups',
		/** The kinds of entry, as group headings of `/glossary/`. */
		kindsMany: {
			'business-association': 'Business associations',
			'government-agency': 'Government bodies',
			'training-or-research-institution': 'Training and research institutions',
			'international-organization': 'International organizations',
			programme: 'Programmes and policies',
			term: 'Terms, abbreviations and firms',
		},
		/** The kind of one entry, on its page. */
		kindsOne: {
			'business-association': 'Business association',
			'government-agency': 'Government body',
			'training-or-research-institution': 'Training or research institution',
			'international-organization': 'International organization',
			programme: 'Programme or policy',
			term: 'Term or abbreviation',
		},
		alsoWritten: 'Also written:',
		alsoWrittenList: (aliases: string) => `Also written: ${aliases}.`,
		onThisSite: 'On this site:',
		abbreviation: 'Abbreviation',
		fullName: 'Full name',
		/** Beside a full name the paper does not give (the site supplies it). */
		nameNotInPaper: '(not given in the paper)',
		kind: 'Kind',
		country: 'Country',
		mentionedOn: 'Pages that mention it',
	},

	references: {
		title: 'References',
		lead: 'Every work the paper cites, by author and year as the paper gives it, with the pages of this site that rely on it. The text of the paper this site works from has no reference list, so titles appear only where the paper names them in its text.',
		jumpTo: 'Jump to:',
		citedIn: 'Cited in the paper:',
		onThisSite: '. On this site:',
	},

	paper: {
		/** `/paper/` (its introduction is `content/pages/paper.mdx`). */
		title: 'The paper',
		lead: 'The working paper this site explains: its full citation, what it set out to do, and each of its sections with the pages that draw on it.',
		citation: 'Citation',
		facts: {
			authors: 'Authors',
			series: 'Series',
			publisher: 'Publisher',
			year: 'Year',
			isbn: 'ISBN',
			issn: 'ISSN',
		},
		authorsValue: (p: Paper) => p.authors.map((a) => `${a.given} ${a.family}`).join('; '),
		seriesValue: (p: Paper) => `${p.series} No. ${p.number} (${p.sector})`,
		publisherValue: (p: Paper) => `${p.publisher}, ${p.place}`,
		yearValue: (p: Paper) => `${p.year} (${p.pages} pages)`,
		isbnValue: (p: Paper) => `${p.isbn.print} (print); ${p.isbn.web} (web pdf)`,
		issnValue: (p: Paper) => `${p.issn.print} (print); ${p.issn.online} (online)`,
		recordsBefore: 'For reference managers:',
		bibtex: 'BibTeX (.bib)',
		ris: 'RIS (.ris)',
		recordsAfter: '. Other formats are under “Cite the paper” at the foot of every page.',
		structure: 'The paper, section by section',
		/** The three parts of the paper, by the `part` of its sections. */
		parts: { 'Front matter': 'Front matter', 'Part I': 'Part I', 'Part II': 'Part II' },
		drawnOn: (n: number) => `${n} page(s) of this site draw on it`,
	},

	home: {
		description:
			'An independent guide to the ILO paper Skills development for industrial clusters (Marchese and Sakamoto, 2008): its concepts, five case studies, lessons and recommendations.',
		heading: 'Skills for industrial clusters',
		read: {
			heading: 'Read',
			intro:
				'Start with the ideas, then see them at work in five case studies from Pakistan, India, Brazil and Africa.',
			cases: 'The five case studies compared',
			/** The places are links to the two maps (by their titles) and to all the maps. */
			maps: 'See it whole: {conceptMap}, {clusterMap}, {allMaps}',
			allMaps: "all maps, Table 1 and the paper's figures",
			paper: 'The paper and how this site follows it',
		},
		lookUp: {
			heading: 'Look up',
			intro: 'Every concept has its own page with a one-sentence definition and the pages that use it.',
			concepts: 'Concepts A to Z',
			glossary: 'Glossary of institutions and abbreviations',
			references: 'Works the paper cites',
		},
		teach: {
			heading: 'Teach',
			intro:
				'Every concept, lesson and recommendation has a permanent address you can put in a curriculum or on a slide.',
			/** The place is a link to the learning paths (by the collection's name). */
			paths: '{paths}, each ready for a session, with handouts and a course package:',
			lessons: 'Lessons by case',
			recommendations: 'Recommendations by cluster type and actor',
			taxonomy: 'The cluster taxonomy',
			forTrainers: 'For trainers: linking and reuse',
		},
	},

	/** The preview shown beside a link on a first tap (a touch screen). */
	linkPreview: { tapAgain: 'Tap the link again to open the page.' },

	/** The page the offline worker shows for an address it has not kept, when there is no connection. */
	offlineFallback: {
		title: 'Not available offline',
		lead: 'There is no connection, and this address is not among the pages kept in this browser.',
		kept: 'Pages you have read on this device, and every page if the site was saved for offline reading, open without a connection.',
		online:
			'The handouts (PDF) and course packages are not part of the saved copy: download them while you are online.',
		home: 'Go to the home page',
		howTo: 'How to save the site for offline reading',
	},
	notFound: {
		title: 'Page not found',
		lead: 'There is no page at this address.',
		/** The places are links to the search, the concepts and the home page, with the words below. */
		suggestions: 'Try the {search}, the {concepts} or the {home}.',
		search: 'search',
		concepts: 'concepts A to Z',
		home: 'home page',
	},

	searchPage: {
		title: 'Search',
		lead: 'Search every concept, case study, lesson and recommendation, or browse them by filter. The address of this page keeps your search, so you can link to it.',
		formLabel: 'Search page',
		inputLabel: 'Search for',
		submit: 'Search',
		showMore: 'Show more results',
		filters: 'Filters',
		/** The places are links to the concepts, the glossary and the recommendations, with the words below. */
		noScript:
			'Search runs in your browser and needs JavaScript. Without it, browse the {concepts}, the {glossary} or the {recommendations}.',
		concepts: 'concepts A to Z',
		glossary: 'glossary',
		recommendations: 'recommendations by cluster type and actor',
	},

	/** The header's search: a form without JavaScript, a dialog with it. */
	searchDialog: {
		formLabel: 'Site search',
		inputLabel: search.dialog.inputLabel,
		placeholder: 'Search',
		submit: 'Search',
		open: 'Search',
		/** The home page's search form says what the dialog says. */
		dialogPlaceholder: search.dialog.placeholder,
	},

	entry: {
		alsoKnownAs: search.alsoKnownAs,
		/**
		 * The bottom links of a unit page follow its collection's reading order, which is not a learning
		 * path's: each names its sequence, so that a reader in a path is not sent backwards by "Next".
		 */
		sequences: {
			concepts: { name: 'Concepts from A to Z', previous: 'Previous concept (A to Z)', next: 'Next concept (A to Z)' },
			cases: { name: "Case studies in the paper's order", previous: 'Previous case study', next: 'Next case study' },
			lessons: {
				name: "Lessons in the paper's order",
				previous: "Previous lesson in the paper's order",
				next: "Next lesson in the paper's order",
			},
			recommendations: {
				name: "Recommendations in the paper's order",
				previous: "Previous recommendation in the paper's order",
				next: "Next recommendation in the paper's order",
			},
		},
		onThisPage: 'On this page',
		backToTop: 'Back to top',
		concepts: 'Concepts',
	},

	/** The box at the foot of an entry: where it comes from in the paper. */
	sourceBox: {
		heading: 'In the paper',
		explains: (p: Paper) => `This page explains, in its own words, these sections of ${families(p)} (${p.year}):`,
		citedWorks: 'Works the paper cites here',
	},

	/** The accessible name of the "¶" link after each paragraph, list item and table. */
	blockAnchor: {
		p: 'Link to this paragraph',
		li: 'Link to this list item',
		table: 'Link to this table',
	},
	/** The accessible name of the "#" link after each heading. */
	headingAnchor: (heading: string) => `Link to the section “${heading}”`,
	/** A label and its colon, before what it names ("Part of: …"): English sets the colon close up. */
	labelled: (label: string) => `${label}:`,

	cite,

	/** The end of every printed page: where it is online and what it explains. */
	printColophon: {
		address: 'This page online:',
		source: (p: Paper) =>
			`Explains, in its own words, ${initialled(p)} (${p.year}), ${p.title}, ILO ${p.series} No. ${p.number}.`,
	},

	/** The social card of a page (a PNG drawn from HTML). */
	socialCard: { credit: (p: Paper) => `${families(p, '&')} (${p.year}), ILO` },

	/** The paper's reference as the site writes it in running text (APA-like, from `paperRecord`). */
	paperReference: (p: Paper) =>
		`${initialled(p)} (${p.year}). ${p.title}. ${p.series} No. ${p.number}. ${p.place}: ${p.publisher}.`,

	/** Words around the site's diagrams. */
	diagrams: {
		description: 'Text description',
		scrollHint: 'Scroll sideways to see the whole diagram.',
	},

	/** The concept map (`/map/concepts/`) and the neighbourhood picture on each concept's page. */
	conceptMap: {
		title: conceptMapTitle,
		lead: 'All the concepts of the paper in one picture: how they lean on each other, grouped by theme.',
		intro: (threshold: number) =>
			`Each box is a concept; its colour and its marker's shape show its theme, and the concepts of a theme sit together under the theme's name. ` +
			`A solid line joins two concepts whose pages name each other as related. ` +
			`A dashed line joins two concepts that are not declared related but are tagged together on at least ${threshold} pages (case studies, lessons and recommendations); those lines are hidden until you show them with the box above the map. ` +
			`Select a box to open the concept's page. The list of relations says the same in words; on a phone it comes first, and the map, drawn in one column, follows it.`,
		/** Said only where the page's script runs: it is what makes boxes pick out their neighbours. */
		focusHint:
			'Point at a box, or move to it with the Tab key, to pick out the concepts joined to it. On a touch screen, tap a box once to pick them out and again to open its page.',
		sharedToggle: 'Show the dashed lines (concepts often tagged together)',
		/** On a phone, where the list comes first. */
		toMap: 'Go to the map, after the list',
		mapHeading: 'The map',
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
	},

	/** The cluster map page (`/map/clusters/`); its introduction is `content/pages/cluster-map.mdx`. */
	clusterMap: {
		title: clusterMapTitle,
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
			caseTitle
				? `${n}. ${name} (${place}): case study ${caseTitle}`
				: `${n}. ${name} (${place}): details in the table`,
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
		/** "three", "four"...: how many clusters share the busiest place, said in the map's introduction. */
		countWord: (n: number) =>
			['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n),
	},

	/** What the links of a cluster's "on this site" cell are (see `cluster-pages.ts`), said before them on the map's table. */
	clusterPages: { caseStudy: 'Case study:', mentionedOn: 'Mentioned on:', paperSections: 'In the paper:' },

	/** Charts of the paper's figures: `/charts/`, the charts on case pages, their captions and tables. */
	charts: {
		pageTitle: chartsTitle,
		pageLead:
			'The numbers the paper gives for its cases and the countries it compares, drawn to scale, each with its source and a table of the figures as the paper writes them.',
		contents: 'The charts',
		source: 'Source:',
		inPaper: 'In the paper:',
		footnote: (n: number) => `footnote ${n}`,
		tableCaption: (title: string) => `The figures of “${title}”, as the paper writes them`,
		columns: { what: 'What', figure: 'As the paper writes it', year: 'Year', note: 'Note' },
		noYear: '—',
		/** The section of a case page that shows its charts. */
		caseSection: 'Its figures in charts',
		allCharts: "All charts of the paper's figures",
	},

	/** "See the whole": the hub of the maps and charts (`/map/`), and how other pages name them. */
	maps: {
		hub: {
			title: 'Maps and charts',
			lead: 'The shape of the paper at a glance: how its ideas connect, where its clusters are, which advice fits which kind of cluster, and the numbers it compares.',
			intro:
				'Each picture is drawn from the same entries as the rest of the site, works without JavaScript and comes with a list or table that says the same in words.',
		},
		conceptMap: {
			title: conceptMapTitle,
			description:
				'Every concept as a node, linked to the concepts it relates to and to those the same pages use, grouped by theme.',
			count: (n: number) => `${n} concepts.`,
		},
		clusterMap: {
			title: clusterMapTitle,
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
			title: chartsTitle,
			description:
				'The numbers the paper compares (exports, literacy, school enrolment, growth), drawn as charts with their data tables and sources.',
			count: (n: number) => `${n} charts.`,
		},
	},

	/** `/for-trainers/` (its body is `content/pages/for-trainers.mdx`). */
	forTrainers: {
		title: 'For trainers',
		lead: 'Everything a trainer needs to teach with this site: ready-made learning paths, printable handouts, course packages for learning platforms, a catalogue of every unit, and permanent links.',
	},

	search,
	offline,
};

/** The shape every language's strings module has. */
export type Strings = typeof strings;
