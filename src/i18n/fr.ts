/**
 * Tous les mots de l'édition française que montrent les gabarits et les
 * scripts, par id et regroupés selon l'endroit où ils paraissent. Même forme
 * que `en.ts` (`Strings`, vérifiée par le compilateur) ; les textes longs
 * sont en MDX dans `content/fr/`.
 *
 * Les domaines dont le navigateur a besoin (`search`, `offline`, `cite`) sont
 * des modules à part (`fr/`), pour qu'un script n'embarque que ces mots.
 */
import { plural } from './format';
import type { paperRecord } from '../lib/citation/citation';
import type { Strings } from './en';

type Paper = typeof paperRecord;
/** « Marchese, M. et Sakamoto, A. » */
const initialled = (p: Paper) =>
	new Intl.ListFormat('fr', { type: 'conjunction' }).format(p.authors.map((a) => `${a.family}, ${a.given[0]}.`));
/** « Marchese et Sakamoto » */
const families = (p: Paper, and = 'et') => p.authors.map((a) => a.family).join(` ${and} `);

import { search } from './fr/search';
import { offline } from './fr/offline';
import { cite } from './fr/cite';

const conceptMapTitle = 'Carte des concepts';
const clusterMapTitle = 'Où sont les clusters';
const chartsTitle = 'Graphiques des chiffres du document';

export const strings = {
	site: {
		title: 'Compétences pour les clusters industriels',
		skipLink: 'Aller au contenu',
		mainNav: 'Principale',
		menu: 'Menu',
		/** La navigation principale, en trois groupes : lire le document, le voir en entier, enseigner avec. */
		nav: {
			concepts: 'Concepts',
			cases: 'Études de cas',
			lessons: 'Enseignements',
			recommendations: 'Recommandations',
			paper: 'Le document',
			maps: 'Cartes et graphiques',
			taxonomy: 'Typologie',
			glossary: 'Glossaire',
			paths: 'Parcours de formation',
			forTrainers: 'Pour les formateurs',
		},
		/** Les groupes de la navigation principale, tels que les annoncent les lecteurs d'écran. */
		navGroups: { read: 'Lire le document', explore: "Vue d'ensemble", teach: 'Enseigner avec le site' },
		/** La phrase du pied de page ; la place `{title}` est le titre du document, en citation. */
		footerText: (p: Paper) =>
			`Une explication indépendante de ${initialled(p)} (${p.year}), {title}, ${p.series} n° ${p.number} de l'OIT. Le site l'explique avec ses propres mots ; ce n'est pas le texte du document.`,
		footer: {
			paper: 'À propos du document',
			references: 'Références',
			maps: 'Cartes et graphiques',
			forTrainers: 'Pour les formateurs',
		},
		home: 'Accueil',
		breadcrumb: "Fil d'Ariane",
		darkTheme: 'Thème sombre',
		/** La description d'image de la carte sociale et de la recherche : « <titre> : <type> · <site> ». */
		imageAlt: (title: string, kind: string, site: string) => `${title} : ${kind} · ${site}`,
		/** Le titre de fenêtre de toutes les pages sauf l'accueil. */
		fullTitle: (title: string, site: string) => `${title} · ${site}`,
		/** Le nom du sélecteur de langue pour les lecteurs d'écran, avec le nom de la langue actuelle dans cette langue. */
		languageMenu: (current: string) => `Langue : ${current}`,
	},

	/** Ce qu'est une page, pour le filtre « type » de la recherche, la carte sociale et `article:section`. */
	kinds: { page: 'Page', reference: 'Référence', glossary: 'Glossaire' },

	/** Le nom d'une entrée et de plusieurs entrées de chaque collection (voir `collections.ts`). */
	collections: {
		concepts: { one: 'Concept', many: 'Concepts' },
		cases: { one: 'Étude de cas', many: 'Études de cas' },
		lessons: { one: 'Enseignement', many: 'Enseignements' },
		recommendations: { one: 'Recommandation', many: 'Recommandations' },
		paths: { one: 'Parcours de formation', many: 'Parcours de formation' },
		paperSections: { one: 'Section du document', many: 'Sections du document' },
		sources: { one: 'Ouvrage cité', many: 'Ouvrages cités' },
		organizations: { one: 'Institution ou sigle', many: 'Institutions et sigles' },
		clusters: { one: 'Cluster', many: 'Clusters' },
		charts: { one: 'Graphique', many: 'Graphiques' },
		pageTexts: { one: 'Texte de page', many: 'Textes de page' },
	},

	/** Un temps de lecture ou une durée : « 12 min », « 1 h », « 1 h 05 min ». */
	time: {
		minutes: (m: number) => `${m} min`,
		hours: (h: number) => `${h} h`,
		hoursMinutes: (h: number, m: string) => `${h} h ${m} min`,
		/** Une heure dans la séance, « 1 h 05 », et un intervalle, « 0 h 10–0 h 45 ». */
		clock: (h: number, m: string) => `${h} h ${m}`,
		span: (from: string, to: string) => `${from}–${to}`,
	},

	/** Les mots des parcours de formation, de leurs pages, supports et paquets. */
	paths: {
		partOf: 'Fait partie de',
		membership: 'Parcours de formation',
		step: (position: number, count: number) => `étape ${position} sur ${count}`,
		previousInPath: 'Précédent dans le parcours',
		nextInPath: 'Suivant dans le parcours',
		audience: 'Public visé',
		prerequisites: 'Avant de commencer',
		noPrerequisites: 'Aucun prérequis : le parcours part du début.',
		duration: 'Durée',
		readingTime: 'Temps de lecture',
		units: (n: number) => plural('fr', n, { one: '# unité', other: '# unités' }),
		objectives: "À l'issue de ce parcours, les participants peuvent",
		sequence: "Les unités, dans l'ordre",
		why: 'Pourquoi cette unité',
		questions: 'Questions pour la discussion',
		exercise: 'Exercice',
		task: 'Consigne',
		material: 'Supports',
		facilitatorNotes: "Notes pour l'animateur ou l'animatrice",
		facilitatorSummary: "notes et points d'une bonne réponse",
		goodAnswer: 'Une bonne réponse avance ces points',
		selfCheck: 'Auto-évaluation',
		showAnswer: 'Afficher la réponse',
		tracedTo: 'Dans le document',
		handouts: 'Supports et paquets de cours',
		learnerPdf: 'Support pour les participants (PDF)',
		facilitatorPdf: "Guide de l'animateur : plan de séance, notes et réponses (PDF)",
		/** La longueur et la taille d'un PDF à côté de son lien, remplies une fois les PDF imprimés : « (45 pages, 950 ko) ». */
		pdfFacts: (pages: number, size: string) =>
			plural('fr', pages, { one: `(# page, ${size})`, other: `(# pages, ${size})` }),
		cartridge: 'Paquet de cours pour Moodle, Canvas et les autres plateformes de formation (IMS Common Cartridge)',
		printView:
			"Version imprimable : imprimez cette page depuis le navigateur pour obtenir un support à raison d'un sujet par page.",
		howToImport: 'Comment importer un paquet',
		siteAddress: 'En ligne à',
		forTheFacilitator: "Pour l'animateur ou l'animatrice",
		/** Le guide de l'animateur : sa couverture et l'en-tête courant de ses pages. */
		guide: {
			banner: "Guide de l'animateur : ne pas distribuer aux participants",
			note: "Le plan de séance, les notes et les bonnes réponses viennent d'abord, puis les unités telles que les participants les lisent. Remettez plutôt aux participants le support qui leur est destiné.",
			header: (title: string) => `Guide de l'animateur : ne pas distribuer aux participants · ${title}`,
		},
		/** Le plan de séance : tout le temps, étape par étape, minuté (la première page du guide de l'animateur). */
		plan: {
			heading: 'Plan de séance',
			lead: (duration: string, inTheRoom: string) =>
				duration === inTheRoom
					? `Toute la séance, ${duration}, étape par étape.`
					: `Toute la séance, ${duration} : ${inTheRoom} en groupe, après la lecture faite au préalable.`,
			time: 'Heure',
			step: 'Étape',
			length: 'Durée',
			what: 'Déroulement',
			beforeSession: 'Avant la séance',
			total: 'Total',
			parts: {
				introduction: 'Introduction',
				reading: 'Lecture',
				discussion: 'Discussion',
				break: 'Pause',
				exercise: 'Exercice',
				'report-back': 'Restitution',
				'self-check': 'Auto-évaluation',
				close: 'Clôture',
			},
		},
		/** La liste des parcours sur `/paths/`. */
		index: {
			lead: "Des modules prêts à l'emploi pour un cours ou un atelier : chacun indique à qui il s'adresse, ce que les participants sauront faire, les pages à lire dans l'ordre, des questions pour la discussion, un exercice sur les cas et une auto-évaluation.",
			timing: (duration: string, units: string, minutes: string) => `${duration} ; ${units}, ${minutes} de lecture.`,
			learnerPdf: 'Support (PDF)',
			facilitatorPdf: "Guide de l'animateur (PDF)",
			cartridge: 'Paquet de cours (IMS Common Cartridge)',
			allBefore: 'Tous les parcours dans un seul paquet de cours :',
			allLink: 'tous les parcours (IMS Common Cartridge)',
			howToBefore: 'Pour importer un paquet, adapter un parcours ou imprimer un support :',
			howToLink: 'pour les formateurs',
		},
		/** Les paquets de cours (IMS Common Cartridge). */
		package: {
			overview: 'À propos de ce parcours',
			discussion: (n: number, question: string) => `Discussion ${n} : ${question}`,
			fromPath: 'Extrait du parcours de formation',
			title: (path: string, site: string) => `${path} (${site})`,
			allTitle: (site: string) => `${site} : parcours de formation`,
		},
		/** Titres des deux versions PDF, tels qu'ils figurent dans les métadonnées du PDF. */
		handoutTitle: { learner: 'support pour les participants', facilitator: "guide de l'animateur" },
	},

	taxonomy: {
		cells: {
			'traditional-diversified': 'Industrie manufacturière traditionnelle, clusters diversifiés',
			'traditional-subcontractor': 'Industrie manufacturière traditionnelle, clusters de sous-traitance',
			'high-tech-diversified': 'Haute technologie, clusters diversifiés',
			'high-tech-subcontractor': 'Haute technologie, clusters de sous-traitance',
		},
		industries: {
			'traditional-manufacturing': 'Industrie manufacturière traditionnelle',
			'high-tech': 'Haute technologie',
		},
		structures: { diversified: 'Diversifiés', subcontractor: 'De sous-traitance' },
		actors: {
			state: "L'État",
			'local-government': 'Autorités locales',
			'business-associations': 'Associations professionnelles',
			firms: 'Entreprises',
			buyers: 'Acheteurs',
			mnes: 'Entreprises multinationales (EMN)',
			'training-institutions': 'Établissements de formation',
			universities: 'Universités',
			'international-organizations': 'Organisations internationales',
			workers: 'Travailleurs',
		},
		/** La page `/taxonomy/` (son introduction est `content/pages/taxonomy.mdx`). */
		page: {
			title: 'La typologie des clusters',
			lead: 'Le tableau 1 du document : les clusters classés par macro-industrie et par structure interne, avec les cas et les recommandations propres à chaque type.',
			tableCaption: 'Tableau 1 : typologie des clusters industriels, avec les cas du document',
			columnHeading: (structure: string) => `Clusters ${structure.toLowerCase()}`,
			noCase: 'Aucun cas dans le document',
			paperOnType: 'Le document sur ce type',
			emptyCell:
				"Le tableau du document laisse cette case vide : il n'examine aucun cluster de sous-traitance de haute technologie et ne formule aucune recommandation pour ce type.",
			concepts: 'Concepts :',
			cases: 'Cas :',
			noCases: 'aucun dans le document.',
			recommendations: 'Recommandations pour ce type',
			alsoOnRecommendations: 'également sur la page des recommandations',
			noRecommendations: 'Le document ne formule aucune recommandation pour ce type de cluster.',
		},
		/** La matrice du tableau 1 sur /taxonomy/. */
		matrix: {
			title: 'Le tableau 1, plan de cette page',
			description:
				'Une grille de deux sur deux : les lignes sont la macro-industrie (industrie manufacturière traditionnelle, haute technologie), les colonnes la structure interne (diversifiée, de sous-traitance). Chaque case nomme les cas de ce type étudiés par le document et renvoie à sa section plus bas.',
			caption: 'Le tableau 1 dessiné en grille : choisissez une case pour aller à sa section.',
			emptyCell: 'Aucun cas dans le document',
			cellName: (cell: string, cases: readonly string[]) =>
				cases.length > 0 ? `${cell} : ${cases.join(', ')}` : `${cell} : aucun cas dans le document`,
			features: 'Caractéristiques de ce type, telles que le document les décrit :',
		},
	},

	concepts: {
		themes: {
			foundations: 'Fondements',
			'upgrading-and-learning': 'Montée en gamme et apprentissage',
			'skills-in-cluster-development': 'Les compétences dans le développement des clusters',
			'interventions-and-actors': 'Interventions et acteurs',
			'cluster-types-and-outcomes': 'Types de clusters et résultats sociaux',
		},
		/** `/concepts/`. */
		index: {
			lead: 'Les notions dont le document se sert pour expliquer comment les compétences façonnent les clusters industriels, chacune définie en une phrase.',
			termSetName: 'Concepts du document Skills development for industrial clusters',
			byThemeNav: 'Parcourir par thème',
			jumpToLetter: 'Ou aller à une lettre :',
			aToZ: 'De A à Z',
			byTheme: 'Par thème',
		},
		/** La page d'un concept. */
		entry: {
			theme: 'Thème :',
			related: 'Concepts liés',
			pagesOn: (concept: string) => `Pages sur « ${concept} »`,
			cases: 'Études de cas',
			lessons: 'Enseignements',
			recommendations: 'Recommandations',
			buildOnIt: "Concepts qui s'appuient sur celui-ci",
		},
	},

	recommendations: {
		groups: {
			approaches: 'Approches du perfectionnement des compétences',
			'traditional-diversified': 'Industrie manufacturière traditionnelle : clusters diversifiés',
			'traditional-subcontractor': 'Industrie manufacturière traditionnelle : clusters de sous-traitance',
			'high-tech-diversified': 'Haute technologie : clusters diversifiés',
			'social-dimension': 'La dimension sociale',
		},
		/** `/recommendations/`. */
		index: {
			lead: "Ce que le document recommande pour le développement des compétences dans les clusters : selon l'endroit où il l'argumente, selon le type de cluster et selon qui agit.",
			narrow: 'Affiner la liste',
			byClusterTypeLabel: 'Par type de cluster :',
			byActorLabel: 'Par acteur :',
			inOrder: "Toutes les recommandations, dans l'ordre du document",
			byClusterType: 'Par type de cluster',
			byActor: 'Par acteur',
			noneForType: 'Le document ne formule aucune recommandation pour ce type de cluster.',
		},
		/** La page d'une recommandation. */
		entry: {
			partOf: 'Fait partie de',
			clusterTypes: 'Types de clusters',
			whoActs: 'Qui agit',
			lessons: "Enseignements qui l'appuient",
			cases: 'Études de cas',
		},
	},

	cases: {
		/** `/cases/` (le tableau de tous les clusters est `clusterTable`). */
		index: {
			lead: 'Les cinq études de cas de la partie II du document, côte à côte : quatre clusters et un ensemble de clusters africains.',
			compared: 'Les cinq cas comparés',
			rows: {
				sector: 'Secteur',
				country: 'Pays',
				clusterType: 'Type de cluster',
				turningPoint: 'Tournant',
				response: 'Réponse',
				upgradingAchieved: 'Montée en gamme obtenue',
				stateRole: "Rôle de l'État",
				associationsRole: 'Rôle des associations',
				socialOutcome: 'Résultat social',
				kindsOfUpgrading: 'Types de montée en gamme',
			},
			upgrading: {
				'product-upgrading': 'des produits',
				'process-upgrading': 'des procédés',
				'functional-upgrading': 'fonctionnelle',
			},
			taxonomyBefore: 'La place de chaque cas dans la classification des clusters du document :',
			taxonomyLink: 'la typologie des clusters',
			everyCluster: 'Tous les clusters que nomme le document',
			everyClusterIntro:
				"Outre ses cinq études de cas, le document s'appuie sur d'autres clusters comme exemples. Chacun figure ici avec sa localisation, son secteur, son type lorsque le document en indique un, et les pages de ce site qui en traitent.",
		},
		/** La page d'une étude de cas. */
		entry: {
			country: 'Pays',
			region: 'Région',
			sector: 'Secteur',
			clusterType: 'Type de cluster',
			turningPoint: 'Tournant :',
			keyFigures: 'Chiffres clés',
			keyFiguresCaption: (title: string) => `Chiffres clés du cas « ${title} », tels que le document les donne`,
			columns: { what: 'Quoi', figure: 'Chiffre', year: 'Année' },
			noYear: '—',
			timeline: 'Chronologie',
			lessons: 'Enseignements de ce cas',
			recommendations: "Recommandations qu'il appuie",
			organizations: 'Institutions concernées',
		},
		/** Le tableau de tous les clusters que nomme le document, sur `/cases/`. */
		clusterTable: {
			columns: {
				cluster: 'Cluster',
				where: 'Lieu',
				sector: 'Secteur',
				type: 'Type (tableau 1)',
				pages: 'Traité dans',
			},
			noType: 'non précisé',
			aliases: 'aussi :',
		},
	},

	lessons: {
		index: {
			lead: "Ce que chaque étude de cas enseigne sur les compétences dans les clusters, regroupé par cas, dans l'ordre du document.",
		},
		entry: {
			fromCase: (order: number) => `Enseignement ${order} de l'étude de cas`,
			recommendations: "Recommandations qu'il appuie",
			related: "Le même enseignement dans d'autres cas",
		},
	},

	glossary: {
		/** Le nom du glossaire : sa page, son type dans la recherche, le surtitre et le fil d'Ariane de ses entrées. */
		title: 'Glossaire',
		lead: "Les institutions, programmes et sigles qu'emploie le document, avec leur nom complet et leur rôle dans le récit.",
		groups: 'Groupes',
		/** Les types d'entrée, comme titres de groupe de `/glossary/`. */
		kindsMany: {
			'business-association': 'Associations professionnelles',
			'government-agency': 'Organismes publics',
			'training-or-research-institution': 'Établissements de formation et de recherche',
			'international-organization': 'Organisations internationales',
			programme: 'Programmes et politiques',
			term: 'Termes, sigles et entreprises',
		},
		/** Le type d'une entrée, sur sa page. */
		kindsOne: {
			'business-association': 'Association professionnelle',
			'government-agency': 'Organisme public',
			'training-or-research-institution': 'Établissement de formation ou de recherche',
			'international-organization': 'Organisation internationale',
			programme: 'Programme ou politique',
			term: 'Terme ou sigle',
		},
		alsoWritten: 'Autres graphies :',
		alsoWrittenList: (aliases: string) => `Autres graphies : ${aliases}.`,
		onThisSite: 'Sur ce site :',
		abbreviation: 'Sigle',
		fullName: 'Nom complet',
		nameNotInPaper: '(le document ne le donne pas)',
		kind: 'Type',
		country: 'Pays',
		mentionedOn: 'Pages qui le mentionnent',
	},

	references: {
		title: 'Références',
		lead: "Tous les ouvrages que cite le document, par auteur et par année comme le document les donne, avec les pages de ce site qui s'y appuient. Le texte du document sur lequel travaille ce site n'a pas de bibliographie : les titres n'apparaissent que là où le document les nomme dans son texte.",
		jumpTo: 'Aller à :',
		citedIn: 'Cité dans le document :',
		onThisSite: '. Sur ce site :',
	},

	paper: {
		/** `/paper/` (son introduction est `content/pages/paper.mdx`). */
		title: 'Le document',
		lead: "Le document de travail qu'explique ce site : sa référence complète, ce qu'il se proposait de faire, et chacune de ses sections avec les pages qui s'en inspirent.",
		citation: 'Référence',
		facts: {
			authors: 'Auteurs',
			series: 'Collection',
			publisher: 'Éditeur',
			year: 'Année',
			isbn: 'ISBN',
			issn: 'ISSN',
		},
		authorsValue: (p: Paper) =>
			new Intl.ListFormat('fr', { type: 'conjunction' }).format(p.authors.map((a) => `${a.given} ${a.family}`)),
		seriesValue: (p: Paper) => `${p.series} n° ${p.number} (${p.sector})`,
		publisherValue: (p: Paper) => `${p.publisher}, ${p.place}`,
		yearValue: (p: Paper) => `${p.year} (${p.pages} pages)`,
		isbnValue: (p: Paper) => `${p.isbn.print} (imprimé) ; ${p.isbn.web} (PDF en ligne)`,
		issnValue: (p: Paper) => `${p.issn.print} (imprimé) ; ${p.issn.online} (en ligne)`,
		recordsBefore: 'Pour les logiciels de gestion bibliographique :',
		bibtex: 'BibTeX (.bib)',
		ris: 'RIS (.ris)',
		recordsAfter: '. Les autres formats se trouvent sous « Citer le document » au bas de chaque page.',
		structure: 'Le document, section par section',
		/** Les trois parties du document, selon la `part` de ses sections. */
		parts: { 'Front matter': 'Pages liminaires', 'Part I': 'Partie I', 'Part II': 'Partie II' },
		drawnOn: (n: number) =>
			plural('fr', n, {
				one: "# page de ce site s'en inspire",
				other: "# pages de ce site s'en inspirent",
			}),
	},

	home: {
		description:
			"Un guide indépendant du document de l'OIT Skills development for industrial clusters (Marchese et Sakamoto, 2008) : ses concepts, ses cinq études de cas, ses enseignements et ses recommandations.",
		heading: 'Compétences pour les clusters industriels',
		read: {
			heading: 'Lire',
			intro:
				"Commencez par les idées, puis voyez-les à l'œuvre dans cinq études de cas, au Pakistan, en Inde, au Brésil et en Afrique.",
			cases: 'Les cinq études de cas comparées',
			/** Les places sont des liens vers les deux cartes (par leur titre) et vers toutes les cartes. */
			maps: "Vue d'ensemble : {conceptMap}, {clusterMap}, {allMaps}",
			allMaps: 'toutes les cartes, le tableau 1 et les figures du document',
			paper: 'Le document et la façon dont ce site le suit',
		},
		lookUp: {
			heading: 'Consulter',
			intro: "Chaque concept a sa propre page, avec une définition en une phrase et les pages qui l'utilisent.",
			concepts: 'Les concepts de A à Z',
			glossary: 'Glossaire des institutions et des sigles',
			references: 'Les ouvrages que cite le document',
		},
		teach: {
			heading: 'Enseigner',
			intro:
				'Chaque concept, enseignement et recommandation a une adresse permanente, à reprendre dans un programme ou sur une diapositive.',
			/** La place est un lien vers les parcours de formation (par le nom de la collection). */
			paths: '{paths}, chacun prêt pour une séance, avec des supports et un paquet de cours :',
			lessons: 'Les enseignements par cas',
			recommendations: 'Les recommandations par type de cluster et par acteur',
			taxonomy: 'La typologie des clusters',
			forTrainers: 'Pour les formateurs : liens et réutilisation',
		},
	},

	/** L'aperçu affiché à côté d'un lien au premier toucher (écran tactile). */
	linkPreview: { tapAgain: 'Touchez à nouveau le lien pour ouvrir la page.' },

	/** La page que montre le service hors ligne pour une adresse qu'il n'a pas gardée, sans connexion. */
	offlineFallback: {
		title: 'Non disponible hors ligne',
		lead: "Il n'y a pas de connexion, et cette adresse ne fait pas partie des pages gardées dans ce navigateur.",
		kept: "Les pages que vous avez lues sur cet appareil, et toutes les pages si le site a été enregistré pour la lecture hors ligne, s'ouvrent sans connexion.",
		online:
			'Les supports (PDF) et les paquets de cours ne font pas partie de la copie enregistrée : téléchargez-les pendant que vous êtes en ligne.',
		home: "Aller à la page d'accueil",
		howTo: 'Comment enregistrer le site pour le lire hors ligne',
	},
	notFound: {
		title: 'Page introuvable',
		lead: "Il n'y a pas de page à cette adresse.",
		/** Les places sont des liens vers la recherche, les concepts et l'accueil, avec les mots ci-dessous. */
		suggestions: 'Essayez la {search}, les {concepts} ou la {home}.',
		search: 'recherche',
		concepts: 'concepts de A à Z',
		home: "page d'accueil",
	},

	searchPage: {
		title: 'Rechercher',
		lead: "Cherchez parmi tous les concepts, études de cas, enseignements et recommandations, ou parcourez-les par filtre. L'adresse de cette page garde votre recherche : vous pouvez donc y faire un lien.",
		formLabel: 'Page de recherche',
		inputLabel: 'Rechercher',
		submit: 'Rechercher',
		showMore: 'Afficher plus de résultats',
		filters: 'Filtres',
		/** Les places sont des liens vers les concepts, le glossaire et les recommandations, avec les mots ci-dessous. */
		noScript:
			'La recherche fonctionne dans votre navigateur et nécessite JavaScript. Sans lui, parcourez les {concepts}, le {glossary} ou les {recommendations}.',
		concepts: 'concepts de A à Z',
		glossary: 'glossaire',
		recommendations: 'recommandations par type de cluster et par acteur',
	},

	/** La recherche de l'en-tête : un formulaire sans JavaScript, une boîte de dialogue avec. */
	searchDialog: {
		formLabel: 'Recherche sur le site',
		inputLabel: search.dialog.inputLabel,
		placeholder: 'Rechercher',
		submit: 'Rechercher',
		open: 'Rechercher',
		/** The home page's search form says what the dialog says. */
		dialogPlaceholder: search.dialog.placeholder,
	},

	entry: {
		alsoKnownAs: search.alsoKnownAs,
		/**
		 * Les liens du bas d'une page suivent l'ordre de lecture de sa collection, qui n'est pas celui d'un
		 * parcours : chacun nomme sa suite, pour qu'un lecteur en parcours ne soit pas renvoyé en arrière par « Suivant ».
		 */
		sequences: {
			concepts: {
				name: 'Les concepts de A à Z',
				previous: 'Concept précédent (de A à Z)',
				next: 'Concept suivant (de A à Z)',
			},
			cases: {
				name: "Les études de cas dans l'ordre du document",
				previous: 'Étude de cas précédente',
				next: 'Étude de cas suivante',
			},
			lessons: {
				name: "Les enseignements dans l'ordre du document",
				previous: "Enseignement précédent dans l'ordre du document",
				next: "Enseignement suivant dans l'ordre du document",
			},
			recommendations: {
				name: "Les recommandations dans l'ordre du document",
				previous: "Recommandation précédente dans l'ordre du document",
				next: "Recommandation suivante dans l'ordre du document",
			},
		},
		onThisPage: 'Sur cette page',
		backToTop: 'Retour en haut',
		concepts: 'Concepts',
	},

	/** L'encadré au pied d'une entrée : d'où elle vient dans le document. */
	sourceBox: {
		heading: 'Dans le document',
		explains: (p: Paper) =>
			`Cette page explique, avec ses propres mots, les sections suivantes de ${families(p, 'et')} (${p.year}) :`,
		citedWorks: 'Ouvrages que le document cite ici',
	},

	/** Le nom accessible du lien « ¶ » après chaque paragraphe, élément de liste et tableau. */
	blockAnchor: {
		p: 'Lien vers ce paragraphe',
		li: 'Lien vers cet élément de liste',
		table: 'Lien vers ce tableau',
	},
	/** Le nom accessible du lien « # » après chaque titre. */
	headingAnchor: (heading: string) => `Lien vers la section « ${heading} »`,
	/** Une étiquette et ses deux-points, devant ce qu'elle nomme (« Fait partie de : … ») : le français met une espace insécable avant. */
	labelled: (label: string) => `${label} :`,

	cite,

	/** La fin de chaque page imprimée : son adresse en ligne et ce qu'elle explique. */
	printColophon: {
		address: 'Cette page en ligne :',
		source: (p: Paper) =>
			`Explique, avec ses propres mots, ${initialled(p)} (${p.year}), ${p.title}, ${p.series} n° ${p.number} de l'OIT.`,
	},

	/** La carte sociale d'une page (un PNG dessiné à partir de HTML). */
	socialCard: { credit: (p: Paper) => `${families(p, '&')} (${p.year}), OIT` },

	/** La référence du document telle que le site l'écrit dans le texte (proche d'APA, d'après `paperRecord`). */
	paperReference: (p: Paper) =>
		`${initialled(p)} (${p.year}). ${p.title}. ${p.series} n° ${p.number}. ${p.place} : ${p.publisher}.`,

	/** Les mots autour des diagrammes du site. */
	diagrams: {
		description: 'Description textuelle',
		scrollHint: 'Faites défiler latéralement pour voir tout le diagramme.',
	},

	/** La carte des concepts (`/map/concepts/`) et le voisinage dessiné sur la page de chaque concept. */
	conceptMap: {
		title: conceptMapTitle,
		lead: "Tous les concepts du document en une seule image : comment ils s'appuient les uns sur les autres, regroupés par thème.",
		intro: (threshold: number) =>
			`Chaque case est un concept ; sa couleur et la forme de son marqueur indiquent son thème, et les concepts d'un même thème sont réunis sous le nom du thème. ` +
			`Un trait plein relie deux concepts dont les pages se citent mutuellement comme liées. ` +
			`Un trait pointillé relie deux concepts qui ne sont pas déclarés liés mais qui sont étiquetés ensemble sur au moins ${threshold} pages (études de cas, enseignements et recommandations) ; ces traits restent masqués tant que vous ne les affichez pas avec la case à cocher au-dessus de la carte. ` +
			`Sélectionnez une case pour ouvrir la page du concept. La liste des relations dit la même chose en mots ; sur un téléphone, elle vient en premier, et la carte, dessinée sur une colonne, la suit.`,
		/** Dit seulement là où le script de la page s'exécute : c'est lui qui fait ressortir les voisins d'une case. */
		focusHint:
			'Pointez une case, ou atteignez-la avec la touche Tab, pour faire ressortir les concepts qui lui sont reliés. Sur un écran tactile, touchez une case une fois pour les faire ressortir, puis une seconde fois pour ouvrir sa page.',
		sharedToggle: 'Afficher les traits pointillés (concepts souvent étiquetés ensemble)',
		/** Sur un téléphone, où la liste vient en premier. */
		toMap: 'Aller à la carte, après la liste',
		mapHeading: 'La carte',
		svgTitle: 'Carte des concepts du document',
		svgDescription: (concepts: number, related: number, shared: number) =>
			`${concepts} concepts en cinq thèmes, reliés par ${related} paires liées (traits pleins) et ${shared} paires souvent étiquetées ensemble (traits pointillés). Les mêmes relations sont énumérées sous la carte.`,
		region: 'Carte des concepts',
		legendHeading: 'Légende',
		themesHeading: 'Thèmes',
		edgesHeading: 'Traits',
		relatedEdge: "Liés : chaque concept cite l'autre comme lié",
		sharedEdge: (threshold: number) =>
			`Souvent utilisés ensemble : étiquetés ensemble sur ${threshold} pages ou plus, sans être déclarés liés`,
		listHeading: 'Les mêmes relations sous forme de liste',
		relatedTerm: 'Lié à',
		sharedTerm: 'Souvent utilisé avec',
		noRelations: 'Aucun trait ne le relie encore à un autre concept.',
		/** L'image de la page d'un concept. */
		neighbourhood: {
			heading: 'Voisinage',
			title: (concept: string) => `${concept} : ses concepts liés et les pages qui l'utilisent`,
			caption:
				'Le concept, ses concepts liés, et les études de cas et recommandations étiquetées avec lui. Les listes ci-dessous donnent les mêmes liens.',
			related: 'Concepts liés',
			cases: 'Études de cas',
			recommendations: 'Recommandations',
			mapLink: 'Tous les concepts sur la carte des concepts',
		},
	},

	/** La page de la carte des clusters (`/map/clusters/`) ; son introduction est `content/pages/cluster-map.mdx`. */
	clusterMap: {
		title: clusterMapTitle,
		lead: 'Une carte du monde de tous les clusters que nomme le document, numérotés et reportés dans le tableau qui la suit.',
		worldTitle: 'Carte du monde des clusters que nomme le document',
		westTitle: 'Clusters des Amériques',
		eastTitle: "Clusters d'Europe, d'Afrique et d'Asie",
		description: (count: number) =>
			`${count} marqueurs numérotés, un par cluster, à l'emplacement approximatif de chacun. Les marqueurs de lieux voisins sont répartis autour de ce lieu et y sont reliés par un trait. Un cercle plein renvoie à l'étude de cas du cluster ; un carré vide renvoie à sa ligne dans le tableau.`,
		caption:
			'Les clusters que nomme le document. Les numéros correspondent au tableau ; les positions sont approximatives.',
		regionLabel: 'Carte des clusters (défile latéralement sur un écran étroit)',
		legendCase: "Cercle plein : le cluster a une page d'étude de cas (le marqueur l'ouvre).",
		legendOther: "Carré vide : pas d'étude de cas (le marqueur ouvre sa ligne dans le tableau).",
		markerName: (n: number, name: string, place: string, caseTitle?: string) =>
			caseTitle
				? `${n}. ${name} (${place}) : étude de cas ${caseTitle}`
				: `${n}. ${name} (${place}) : détails dans le tableau`,
		tableCaption: 'Les clusters de la carte',
		columns: {
			number: 'N°',
			cluster: 'Cluster',
			place: 'Lieu',
			country: 'Pays',
			sector: 'Secteur',
			type: 'Type (tableau 1)',
			pages: 'Sur ce site',
		},
		noType: 'Non classé',
		/** « trois », « quatre »… : combien de clusters partagent le lieu le plus chargé, dit dans l'introduction de la carte. */
		countWord: (n: number) =>
			['aucun', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'][n] ?? String(n),
	},

	/** Ce que sont les liens de la cellule « sur ce site » d'un cluster (voir `cluster-pages.ts`), dits avant eux dans le tableau de la carte. */
	clusterPages: { caseStudy: 'Étude de cas :', mentionedOn: 'Mentionné dans :', paperSections: 'Dans le document :' },

	/** Les graphiques des chiffres du document : `/charts/`, les graphiques des pages de cas, leurs légendes et tableaux. */
	charts: {
		pageTitle: chartsTitle,
		pageLead:
			"Les chiffres que le document donne pour ses cas et pour les pays qu'il compare, dessinés à l'échelle, chacun avec sa source et un tableau des chiffres tels que le document les écrit.",
		contents: 'Les graphiques',
		source: 'Source :',
		inPaper: 'Dans le document :',
		footnote: (n: number) => `note ${n}`,
		tableCaption: (title: string) => `Les chiffres de « ${title} », tels que le document les écrit`,
		columns: { what: 'Quoi', figure: "Tel que le document l'écrit", year: 'Année', note: 'Note' },
		noYear: '—',
		/** La section d'une page de cas qui montre ses graphiques. */
		caseSection: 'Ses chiffres en graphiques',
		allCharts: 'Tous les graphiques des chiffres du document',
	},

	/** « Vue d'ensemble » : le portail des cartes et graphiques (`/map/`), et la façon dont les autres pages les nomment. */
	maps: {
		hub: {
			title: 'Cartes et graphiques',
			lead: "La forme du document d'un coup d'œil : comment ses idées s'articulent, où se trouvent ses clusters, quel conseil convient à quel type de cluster, et les chiffres qu'il compare.",
			intro:
				"Chaque image est tirée des mêmes entrées que le reste du site, fonctionne sans JavaScript et s'accompagne d'une liste ou d'un tableau qui dit la même chose en mots.",
		},
		conceptMap: {
			title: conceptMapTitle,
			description:
				"Chaque concept est un nœud, relié aux concepts auxquels il est lié et à ceux qu'utilisent les mêmes pages, regroupés par thème.",
			count: (n: number) => plural('fr', n, { one: '# concept.', other: '# concepts.' }),
		},
		clusterMap: {
			title: clusterMapTitle,
			description:
				'Une carte du monde des clusters que nomme le document, dont chaque marqueur mène à son étude de cas ou aux pages qui le mentionnent.',
			count: (clusters: number, countries: number) =>
				`${plural('fr', clusters, { one: '# cluster', other: '# clusters' })} dans ${plural('fr', countries, { one: '# pays', other: '# pays' })}.`,
		},
		taxonomy: {
			title: 'Le tableau 1 pour naviguer',
			description:
				'La typologie des clusters du document, par secteur et par structure : chaque case mène à ses cas, à ses caractéristiques et à ses recommandations.',
		},
		charts: {
			title: chartsTitle,
			description:
				'Les chiffres que compare le document (exportations, alphabétisation, scolarisation, croissance), dessinés en graphiques avec leurs tableaux de données et leurs sources.',
			count: (n: number) => plural('fr', n, { one: '# graphique.', other: '# graphiques.' }),
		},
	},

	/** `/for-trainers/` (son corps est `content/pages/for-trainers.mdx`). */
	forTrainers: {
		title: 'Pour les formateurs',
		lead: "Tout ce qu'il faut à un formateur ou une formatrice pour enseigner avec ce site : des parcours de formation prêts à l'emploi, des supports imprimables, des paquets de cours pour les plateformes de formation, un catalogue de toutes les unités et des liens permanents.",
	},

	search,
	offline,
} satisfies Strings;
