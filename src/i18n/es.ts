/**
 * Todas las palabras de la edición española que muestran las plantillas y los
 * scripts, con el mismo formato que `en.ts` (`Strings`, comprobado por el
 * compilador). Los textos largos están en MDX en `content/es/pages/`.
 *
 * Las áreas que necesita el navegador (`search`, `offline`, `cite`) son
 * módulos propios (`es/`). Las comillas son latinas: «…».
 */
import { plural } from './format';
import type { paperRecord } from '../lib/citation/citation';
import type { Strings } from './en';

type Paper = typeof paperRecord;
/** "Marchese, M.; Sakamoto, A." */
const initialled = (p: Paper) => p.authors.map((a) => `${a.family}, ${a.given[0]}.`).join('; ');
/** "Marchese y Sakamoto" */
const families = (p: Paper, and = 'y') => p.authors.map((a) => a.family).join(` ${and} `);

import { search } from './es/search';
import { offline } from './es/offline';
import { cite } from './es/cite';

const conceptMapTitle = 'Mapa de conceptos';
const clusterMapTitle = 'Dónde están los clústeres';
const chartsTitle = 'Gráficos de las cifras del documento';

export const strings = {
	site: {
		title: 'Competencias para los clústeres industriales',
		skipLink: 'Ir al contenido',
		mainNav: 'Principal',
		menu: 'Menú',
		/** The main navigation, in three groups: reading the paper, seeing it whole, teaching with it. */
		nav: {
			concepts: 'Conceptos',
			cases: 'Estudios de caso',
			lessons: 'Lecciones',
			recommendations: 'Recomendaciones',
			paper: 'El documento',
			maps: 'Mapas y gráficos',
			taxonomy: 'Tipología',
			glossary: 'Glosario',
			paths: 'Itinerarios',
			forTrainers: 'Para formadores',
		},
		/** The groups of the main navigation, as screen readers announce them. */
		navGroups: { read: 'Leer el documento', explore: 'Verlo en conjunto', teach: 'Enseñar con él' },
		/** The footer's sentence; the place `{title}` is the paper's title, set as a citation. */
		footerText: (p: Paper) =>
			`Una explicación independiente de ${initialled(p)} (${p.year}), {title}, OIT, ${p.series} n.º ${p.number}. El sitio está redactado con sus propias palabras; no es el texto del documento.`,
		footer: {
			paper: 'Sobre el documento',
			references: 'Referencias',
			maps: 'Mapas y gráficos',
			forTrainers: 'Para formadores',
		},
		home: 'Inicio',
		breadcrumb: 'Ruta de navegación',
		darkTheme: 'Tema oscuro',
		/** The social card's and search's image description: "<title>: <kind> · <site>". */
		imageAlt: (title: string, kind: string, site: string) => `${title}: ${kind} · ${site}`,
		/** The window title of every page but the home page. */
		fullTitle: (title: string, site: string) => `${title} · ${site}`,
		/** The language switcher's name for screen readers, with the current language's name in itself. */
		languageMenu: (current: string) => `Idioma: ${current}`,
	},

	/** What a page is, for search's "type" filter, the social card and `article:section`, beside the collections' names. */
	kinds: { page: 'Página', reference: 'Referencia', glossary: 'Glosario' },

	/** What one entry and several entries of each collection (see `collections.ts`) are called. */
	collections: {
		concepts: { one: 'Concepto', many: 'Conceptos' },
		cases: { one: 'Estudio de caso', many: 'Estudios de caso' },
		lessons: { one: 'Lección', many: 'Lecciones' },
		recommendations: { one: 'Recomendación', many: 'Recomendaciones' },
		paths: { one: 'Itinerario de aprendizaje', many: 'Itinerarios de aprendizaje' },
		paperSections: { one: 'Sección del documento', many: 'Secciones del documento' },
		sources: { one: 'Obra citada', many: 'Obras citadas' },
		organizations: { one: 'Institución o sigla', many: 'Instituciones y siglas' },
		clusters: { one: 'Clúster', many: 'Clústeres' },
		charts: { one: 'Gráfico', many: 'Gráficos' },
		pageTexts: { one: 'Texto de página', many: 'Textos de página' },
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
		partOf: 'Forma parte de',
		membership: 'Itinerarios de aprendizaje',
		step: (position: number, count: number) => `paso ${position} de ${count}`,
		previousInPath: 'Anterior en el itinerario',
		nextInPath: 'Siguiente en el itinerario',
		audience: 'A quién se dirige',
		prerequisites: 'Antes de empezar',
		noPrerequisites: 'Nada: el itinerario empieza desde el principio.',
		duration: 'Duración',
		readingTime: 'Tiempo de lectura',
		units: (n: number) => plural('es', n, { one: '# unidad', many: '# unidades', other: '# unidades' }),
		objectives: 'Al terminar este itinerario, los participantes pueden',
		sequence: 'Las unidades, en orden',
		why: 'Por qué está aquí',
		questions: 'Preguntas para el debate',
		exercise: 'Ejercicio',
		task: 'Tarea',
		material: 'Material',
		facilitatorNotes: 'Notas para el facilitador o la facilitadora',
		facilitatorSummary: 'notas y puntos de una buena respuesta',
		goodAnswer: 'Una buena respuesta incluye estos puntos',
		selfCheck: 'Autoevaluación',
		showAnswer: 'Ver la respuesta',
		tracedTo: 'En el documento',
		handouts: 'Materiales y paquetes',
		learnerPdf: 'Material para participantes (PDF)',
		facilitatorPdf: 'Guía del facilitador o facilitadora: plan de la sesión, notas y respuestas (PDF)',
		/** A PDF's length and size beside its link, filled in once the PDFs are printed: "(45 páginas, 950 kB)". */
		pdfFacts: (pages: number, size: string) =>
			plural('es', pages, {
				one: `(# página, ${size})`,
				many: `(# páginas, ${size})`,
				other: `(# páginas, ${size})`,
			}),
		cartridge: 'Paquete de curso para Moodle, Canvas y otras plataformas de aprendizaje (IMS Common Cartridge)',
		printView:
			'Vista de impresión: imprima esta página desde el navegador para obtener un material con un tema por página.',
		howToImport: 'Cómo importar un paquete',
		siteAddress: 'En línea en',
		forTheFacilitator: 'Para el facilitador o la facilitadora',
		/** The facilitator's guide: its cover and the running header of its pages. */
		guide: {
			banner: 'Guía del facilitador o facilitadora: no es para participantes',
			note: 'Primero vienen el plan de la sesión, las notas y las buenas respuestas; después, las unidades tal como las leen los participantes. A los participantes, entrégueles en su lugar el material para participantes.',
			header: (title: string) => `Guía del facilitador: no es para participantes · ${title}`,
		},
		/** The session plan: the whole time, step by step, timed (the first page of the facilitator's guide). */
		plan: {
			heading: 'Plan de la sesión',
			lead: (duration: string, inTheRoom: string) =>
				duration === inTheRoom
					? `La sesión completa, ${duration}, paso a paso.`
					: `La sesión completa, ${duration}: ${inTheRoom} en grupo, tras la lectura previa.`,
			time: 'Hora',
			step: 'Paso',
			length: 'Duración',
			what: 'Qué se hace',
			beforeSession: 'Antes de la sesión',
			total: 'Total',
			parts: {
				introduction: 'Introducción',
				reading: 'Lectura',
				discussion: 'Debate',
				break: 'Pausa',
				exercise: 'Ejercicio',
				'report-back': 'Puesta en común',
				'self-check': 'Autoevaluación',
				close: 'Cierre',
			},
		},
		/** The list of paths on `/paths/`. */
		index: {
			lead: 'Módulos listos para un curso o taller: cada uno indica a quién se dirige, qué podrán hacer los participantes, las páginas que hay que leer en orden, preguntas para el debate, un ejercicio sobre los casos y una autoevaluación.',
			timing: (duration: string, units: string, minutes: string) => `${duration}; ${units}, ${minutes} de lectura.`,
			learnerPdf: 'Material para participantes (PDF)',
			facilitatorPdf: 'Guía del facilitador (PDF)',
			cartridge: 'Paquete de curso (IMS Common Cartridge)',
			allBefore: 'Todos los itinerarios en un solo paquete de curso:',
			allLink: 'todos los itinerarios (IMS Common Cartridge)',
			howToBefore: 'Cómo importar un paquete, adaptar un itinerario o imprimir un material:',
			howToLink: 'para formadores',
		},
		/** The course packages (IMS Common Cartridge). */
		package: {
			overview: 'Sobre este itinerario',
			discussion: (n: number, question: string) => `Debate ${n}: ${question}`,
			fromPath: 'Del itinerario de aprendizaje',
			title: (path: string, site: string) => `${path} (${site})`,
			allTitle: (site: string) => `${site}: itinerarios de aprendizaje`,
		},
		/** Titles of the two PDF versions, as they appear in the PDF's metadata. */
		handoutTitle: { learner: 'material para participantes', facilitator: 'guía del facilitador o facilitadora' },
	},

	taxonomy: {
		cells: {
			'traditional-diversified': 'Manufactura tradicional, diversificado',
			'traditional-subcontractor': 'Manufactura tradicional, de subcontratación',
			'high-tech-diversified': 'Alta tecnología, diversificado',
			'high-tech-subcontractor': 'Alta tecnología, de subcontratación',
		},
		industries: { 'traditional-manufacturing': 'Manufactura tradicional', 'high-tech': 'Alta tecnología' },
		/** Plural, as column headings; `columnHeading` puts "Clústeres" before them. */
		structures: { diversified: 'Diversificados', subcontractor: 'De subcontratación' },
		actors: {
			state: 'El Estado',
			'local-government': 'Gobierno local',
			'business-associations': 'Asociaciones empresariales',
			firms: 'Empresas',
			buyers: 'Compradores',
			mnes: 'Empresas multinacionales (EMN)',
			'training-institutions': 'Instituciones de formación',
			universities: 'Universidades',
			'international-organizations': 'Organizaciones internacionales',
			workers: 'Trabajadores',
		},
		/** The page `/taxonomy/` (its introduction is `content/pages/taxonomy.mdx`). */
		page: {
			title: 'La tipología de clústeres',
			lead: 'El cuadro 1 del documento: los clústeres clasificados por macrosector y por estructura interna, con los casos y las recomendaciones que corresponden a cada tipo.',
			tableCaption: 'Cuadro 1: Tipología de los clústeres industriales, con los casos del documento',
			columnHeading: (structure: string) => `Clústeres ${structure.toLowerCase()}`,
			noCase: 'Ningún caso en el documento',
			paperOnType: 'El documento sobre este tipo',
			emptyCell:
				'El cuadro del documento deja vacía esta celda: no analiza ningún clúster de subcontratación de alta tecnología ni formula ninguna recomendación para él.',
			concepts: 'Conceptos:',
			cases: 'Casos:',
			noCases: 'ninguno en el documento.',
			recommendations: 'Recomendaciones para este tipo',
			alsoOnRecommendations: 'también en la página de recomendaciones',
			noRecommendations: 'El documento no formula ninguna recomendación para este tipo de clúster.',
		},
		/** The Table 1 matrix on /taxonomy/. */
		matrix: {
			title: 'El cuadro 1 como mapa de esta página',
			description:
				'Una cuadrícula de dos por dos: las filas son el macrosector (manufactura tradicional, alta tecnología) y las columnas, la estructura interna (diversificado, de subcontratación). Cada celda nombra los casos del documento de ese tipo y enlaza con su sección, más abajo.',
			caption: 'El cuadro 1 dibujado como cuadrícula: elija una celda para ir a su sección.',
			emptyCell: 'Ningún caso en el documento',
			cellName: (cell: string, cases: readonly string[]) =>
				cases.length > 0 ? `${cell}: ${cases.join(', ')}` : `${cell}: ningún caso en el documento`,
			features: 'Rasgos de este tipo, según los describe el documento:',
		},
	},

	concepts: {
		themes: {
			foundations: 'Fundamentos',
			'upgrading-and-learning': 'Escalamiento y aprendizaje',
			'skills-in-cluster-development': 'Las competencias en el desarrollo de clústeres',
			'interventions-and-actors': 'Intervenciones y actores',
			'cluster-types-and-outcomes': 'Tipos de clúster y resultados sociales',
		},
		/** `/concepts/`. */
		index: {
			lead: 'Las ideas con las que el documento explica cómo las competencias configuran los clústeres industriales, cada una definida en una frase.',
			termSetName: 'Conceptos del documento Skills development for industrial clusters',
			byThemeNav: 'Explorar por tema',
			jumpToLetter: 'O ir a una letra:',
			aToZ: 'De la A a la Z',
			byTheme: 'Por tema',
		},
		/** A concept's page. */
		entry: {
			theme: 'Tema:',
			related: 'Conceptos relacionados',
			pagesOn: (concept: string) => `Páginas sobre ${concept}`,
			cases: 'Estudios de caso',
			lessons: 'Lecciones',
			recommendations: 'Recomendaciones',
			buildOnIt: 'Conceptos que se basan en él',
		},
	},

	recommendations: {
		groups: {
			approaches: 'Enfoques para el desarrollo de competencias',
			'traditional-diversified': 'Manufactura tradicional: clústeres diversificados',
			'traditional-subcontractor': 'Manufactura tradicional: clústeres de subcontratación',
			'high-tech-diversified': 'Alta tecnología: clústeres diversificados',
			'social-dimension': 'La dimensión social',
		},
		/** `/recommendations/`. */
		index: {
			lead: 'Lo que el documento recomienda para el desarrollo de competencias en los clústeres: según dónde se argumenta, por tipo de clúster y por quién actúa.',
			narrow: 'Acotar la lista',
			byClusterTypeLabel: 'Por tipo de clúster:',
			byActorLabel: 'Por actor:',
			inOrder: 'Todas las recomendaciones, en el orden del documento',
			byClusterType: 'Por tipo de clúster',
			byActor: 'Por actor',
			noneForType: 'El documento no formula ninguna recomendación para este tipo de clúster.',
		},
		/** A recommendation's page. */
		entry: {
			partOf: 'Forma parte de',
			clusterTypes: 'Tipos de clúster',
			whoActs: 'Quién actúa',
			lessons: 'Lecciones en las que se basa',
			cases: 'Estudios de caso',
		},
	},

	cases: {
		/** `/cases/` (the table of every cluster is `clusterTable`). */
		index: {
			lead: 'Los cinco estudios de caso de la parte II del documento, uno al lado del otro: cuatro clústeres y un conjunto de clústeres africanos.',
			compared: 'Los cinco casos comparados',
			rows: {
				sector: 'Sector',
				country: 'País',
				clusterType: 'Tipo de clúster',
				turningPoint: 'Punto de inflexión',
				response: 'Respuesta',
				upgradingAchieved: 'Escalamiento logrado',
				stateRole: 'Papel del Estado',
				associationsRole: 'Papel de las asociaciones',
				socialOutcome: 'Resultado social',
				kindsOfUpgrading: 'Tipos de escalamiento',
			},
			upgrading: {
				'product-upgrading': 'de productos',
				'process-upgrading': 'de procesos',
				'functional-upgrading': 'funcional',
			},
			taxonomyBefore: 'Dónde se sitúa cada caso en la clasificación de clústeres del documento:',
			taxonomyLink: 'la tipología de clústeres',
			everyCluster: 'Todos los clústeres que nombra el documento',
			everyClusterIntro:
				'Además de sus cinco estudios de caso, el documento recurre a otros clústeres como ejemplos. Cada uno figura con su ubicación, su sector, su tipo cuando el documento lo indica y las páginas de este sitio que lo tratan.',
		},
		/** A case study's page. */
		entry: {
			country: 'País',
			region: 'Región',
			sector: 'Sector',
			clusterType: 'Tipo de clúster',
			turningPoint: 'Punto de inflexión:',
			keyFigures: 'Cifras clave',
			keyFiguresCaption: (title: string) => `Cifras clave del caso ${title}, tal como las da el documento`,
			columns: { what: 'Qué', figure: 'Cifra', year: 'Año' },
			noYear: '—',
			timeline: 'Cronología',
			lessons: 'Lecciones de este caso',
			recommendations: 'Recomendaciones que respalda',
			organizations: 'Instituciones participantes',
		},
		/** The table of every cluster the paper names, on `/cases/`. */
		clusterTable: {
			columns: {
				cluster: 'Clúster',
				where: 'Dónde',
				sector: 'Sector',
				type: 'Tipo (cuadro 1)',
				pages: 'Tratado en',
			},
			noType: 'no indicado',
			aliases: 'también:',
		},
	},

	lessons: {
		index: {
			lead: 'Lo que cada estudio de caso enseña sobre las competencias en los clústeres, agrupado por caso, en el orden del documento.',
		},
		entry: {
			fromCase: (order: number) => `Lección ${order} del estudio de caso`,
			recommendations: 'Recomendaciones que respalda',
			related: 'La misma lección en otros casos',
		},
	},

	glossary: {
		/** The glossary's name: its page, its search type, the kicker and breadcrumb of its entries. */
		title: 'Glosario',
		lead: 'Las instituciones, los programas y las siglas que usa el documento, con su nombre completo y el papel que desempeñan en la historia.',
		groups: 'Grupos',
		/** The kinds of entry, as group headings of `/glossary/`. */
		kindsMany: {
			'business-association': 'Asociaciones empresariales',
			'government-agency': 'Organismos públicos',
			'training-or-research-institution': 'Instituciones de formación e investigación',
			'international-organization': 'Organizaciones internacionales',
			programme: 'Programas y políticas',
			term: 'Términos, siglas y empresas',
		},
		/** The kind of one entry, on its page. */
		kindsOne: {
			'business-association': 'Asociación empresarial',
			'government-agency': 'Organismo público',
			'training-or-research-institution': 'Institución de formación o investigación',
			'international-organization': 'Organización internacional',
			programme: 'Programa o política',
			term: 'Término o sigla',
		},
		alsoWritten: 'También se escribe:',
		alsoWrittenList: (aliases: string) => `También se escribe: ${aliases}.`,
		onThisSite: 'En este sitio:',
		abbreviation: 'Sigla',
		fullName: 'Nombre completo',
		nameNotInPaper: '(el documento no lo da)',
		kind: 'Tipo',
		country: 'País',
		mentionedOn: 'Páginas donde se menciona',
	},

	references: {
		title: 'Referencias',
		lead: 'Todas las obras que cita el documento, por autor y año tal como las da, con las páginas de este sitio que se apoyan en ellas. El texto del documento con el que trabaja este sitio no tiene lista de referencias, así que los títulos aparecen solo donde el documento los nombra en su texto.',
		jumpTo: 'Ir a:',
		citedIn: 'Citada en el documento:',
		onThisSite: '. En este sitio:',
	},

	paper: {
		/** `/paper/` (its introduction is `content/pages/paper.mdx`). */
		title: 'El documento',
		lead: 'El documento de trabajo que explica este sitio: su cita completa, lo que se propuso y cada una de sus secciones con las páginas que se basan en ella.',
		citation: 'Cita',
		facts: {
			authors: 'Autores',
			series: 'Serie',
			publisher: 'Editorial',
			year: 'Año',
			isbn: 'ISBN',
			issn: 'ISSN',
		},
		authorsValue: (p: Paper) => p.authors.map((a) => `${a.given} ${a.family}`).join('; '),
		seriesValue: (p: Paper) => `${p.series} n.º ${p.number} (${p.sector})`,
		publisherValue: (p: Paper) => `${p.publisher}, ${p.place}`,
		yearValue: (p: Paper) => `${p.year} (${p.pages} páginas)`,
		isbnValue: (p: Paper) => `${p.isbn.print} (impreso); ${p.isbn.web} (PDF web)`,
		issnValue: (p: Paper) => `${p.issn.print} (impreso); ${p.issn.online} (en línea)`,
		recordsBefore: 'Para gestores de referencias:',
		bibtex: 'BibTeX (.bib)',
		ris: 'RIS (.ris)',
		recordsAfter: '. Los demás formatos están en «Citar el documento», al pie de cada página.',
		structure: 'El documento, sección por sección',
		/** The three parts of the paper, by the `part` of its sections. */
		parts: { 'Front matter': 'Preliminares', 'Part I': 'Parte I', 'Part II': 'Parte II' },
		drawnOn: (n: number) =>
			plural('es', n, {
				one: '# página de este sitio se basa en ella',
				many: '# páginas de este sitio se basan en ella',
				other: '# páginas de este sitio se basan en ella',
			}),
	},

	home: {
		description:
			'Una guía independiente del documento de la OIT Skills development for industrial clusters (Marchese y Sakamoto, 2008): sus conceptos, cinco estudios de caso, lecciones y recomendaciones.',
		heading: 'Competencias para los clústeres industriales',
		read: {
			heading: 'Leer',
			intro:
				'Empiece por las ideas y luego véalas en acción en cinco estudios de caso de Pakistán, la India, el Brasil y África.',
			cases: 'Los cinco estudios de caso comparados',
			/** The places are links to the two maps (by their titles) and to all the maps. */
			maps: 'Verlo en conjunto: {conceptMap}, {clusterMap}, {allMaps}',
			allMaps: 'todos los mapas, el cuadro 1 y las figuras del documento',
			paper: 'El documento y cómo lo sigue este sitio',
		},
		lookUp: {
			heading: 'Consultar',
			intro: 'Cada concepto tiene su propia página, con una definición de una frase y las páginas que lo usan.',
			concepts: 'Conceptos de la A a la Z',
			glossary: 'Glosario de instituciones y siglas',
			references: 'Obras que cita el documento',
		},
		teach: {
			heading: 'Enseñar',
			intro:
				'Cada concepto, lección y recomendación tiene una dirección permanente que puede incluir en un plan de estudios o en una diapositiva.',
			/** The place is a link to the learning paths (by the collection's name). */
			paths: '{paths}, cada uno listo para una sesión, con material para participantes y un paquete de curso:',
			lessons: 'Lecciones por caso',
			recommendations: 'Recomendaciones por tipo de clúster y actor',
			taxonomy: 'La tipología de clústeres',
			forTrainers: 'Para formadores: enlaces y reutilización',
		},
	},

	/** The preview shown beside a link on a first tap (a touch screen). */
	linkPreview: { tapAgain: 'Toque el enlace de nuevo para abrir la página.' },

	/** The page the offline worker shows for an address it has not kept, when there is no connection. */
	offlineFallback: {
		title: 'No disponible sin conexión',
		lead: 'No hay conexión y esta dirección no está entre las páginas guardadas en este navegador.',
		kept: 'Las páginas que ha leído en este dispositivo, y todas las páginas si guardó el sitio para leerlo sin conexión, se abren aunque no haya conexión.',
		online:
			'El material para participantes (PDF) y los paquetes de curso no forman parte de la copia guardada: descárguelos mientras esté en línea.',
		home: 'Ir a la página de inicio',
		howTo: 'Cómo guardar el sitio para leerlo sin conexión',
	},
	notFound: {
		title: 'Página no encontrada',
		lead: 'No hay ninguna página en esta dirección.',
		/** The places are links to the search, the concepts and the home page, with the words below. */
		suggestions: 'Pruebe con la {search}, los {concepts} o la {home}.',
		search: 'búsqueda',
		concepts: 'conceptos de la A a la Z',
		home: 'página de inicio',
	},

	searchPage: {
		title: 'Buscar',
		lead: 'Busque en todos los conceptos, estudios de caso, lecciones y recomendaciones, o explórelos con filtros. La dirección de esta página conserva su búsqueda, así que puede enlazarla.',
		formLabel: 'Página de búsqueda',
		inputLabel: 'Buscar',
		submit: 'Buscar',
		showMore: 'Ver más resultados',
		filters: 'Filtros',
		/** The places are links to the concepts, the glossary and the recommendations, with the words below. */
		noScript:
			'La búsqueda funciona en su navegador y necesita JavaScript. Sin él, explore los {concepts}, el {glossary} o las {recommendations}.',
		concepts: 'conceptos de la A a la Z',
		glossary: 'glosario',
		recommendations: 'recomendaciones por tipo de clúster y actor',
	},

	/** The header's search: a form without JavaScript, a dialog with it. */
	searchDialog: {
		formLabel: 'Búsqueda en el sitio',
		inputLabel: search.dialog.inputLabel,
		placeholder: 'Buscar',
		submit: 'Buscar',
		open: 'Buscar',
		/** The home page's search form says what the dialog says. */
		dialogPlaceholder: search.dialog.placeholder,
	},

	entry: {
		alsoKnownAs: search.alsoKnownAs,
		/**
		 * The bottom links of a unit page follow its collection's reading order, which is not a learning
		 * path's: each names its sequence, so that a reader in a path is not sent backwards by "Siguiente".
		 */
		sequences: {
			concepts: {
				name: 'Conceptos de la A a la Z',
				previous: 'Concepto anterior (A-Z)',
				next: 'Concepto siguiente (A-Z)',
			},
			cases: {
				name: 'Estudios de caso en el orden del documento',
				previous: 'Estudio de caso anterior',
				next: 'Estudio de caso siguiente',
			},
			lessons: {
				name: 'Lecciones en el orden del documento',
				previous: 'Lección anterior en el orden del documento',
				next: 'Lección siguiente en el orden del documento',
			},
			recommendations: {
				name: 'Recomendaciones en el orden del documento',
				previous: 'Recomendación anterior en el orden del documento',
				next: 'Recomendación siguiente en el orden del documento',
			},
		},
		onThisPage: 'En esta página',
		backToTop: 'Volver arriba',
		concepts: 'Conceptos',
	},

	/** The box at the foot of an entry: where it comes from in the paper. */
	sourceBox: {
		heading: 'En el documento',
		explains: (p: Paper) =>
			`Esta página explica, con sus propias palabras, estas secciones de ${families(p, 'y')} (${p.year}):`,
		citedWorks: 'Obras que el documento cita aquí',
	},

	/** The accessible name of the "¶" link after each paragraph, list item and table. */
	blockAnchor: {
		p: 'Enlace a este párrafo',
		li: 'Enlace a este elemento de la lista',
		table: 'Enlace a esta tabla',
	},
	/** The accessible name of the "#" link after each heading. */
	headingAnchor: (heading: string) => `Enlace a la sección «${heading}»`,
	/** Una etiqueta y sus dos puntos, ante lo que nombra («Forma parte de: …»): el español los pega a la palabra. */
	labelled: (label: string) => `${label}:`,

	cite,

	/** The end of every printed page: where it is online and what it explains. */
	printColophon: {
		address: 'Esta página en línea:',
		source: (p: Paper) =>
			`Explica, con sus propias palabras, ${initialled(p)} (${p.year}), ${p.title}, OIT, ${p.series} n.º ${p.number}.`,
	},

	/** The social card of a page (a PNG drawn from HTML). */
	socialCard: { credit: (p: Paper) => `${families(p, '&')} (${p.year}), OIT` },

	/** The paper's reference as the site writes it in running text (APA-like, from `paperRecord`). */
	paperReference: (p: Paper) =>
		`${initialled(p)} (${p.year}). ${p.title}. ${p.series} n.º ${p.number}. ${p.place}: ${p.publisher}.`,

	/** Words around the site's diagrams. */
	diagrams: {
		description: 'Descripción en texto',
		scrollHint: 'Desplácese lateralmente para ver todo el diagrama.',
	},

	/** The concept map (`/map/concepts/`) and the neighbourhood picture on each concept's page. */
	conceptMap: {
		title: conceptMapTitle,
		lead: 'Todos los conceptos del documento en una sola imagen: cómo se apoyan unos en otros, agrupados por tema.',
		intro: (threshold: number) =>
			`Cada recuadro es un concepto; su color y la forma de su marcador indican su tema, y los conceptos de un mismo tema aparecen juntos bajo el nombre del tema. ` +
			`Una línea continua une dos conceptos cuyas páginas se nombran mutuamente como relacionados. ` +
			`Una línea discontinua une dos conceptos que no están declarados como relacionados pero que aparecen etiquetados juntos en al menos ${threshold} páginas (estudios de caso, lecciones y recomendaciones); esas líneas están ocultas hasta que las muestre con la casilla situada encima del mapa. ` +
			`Seleccione un recuadro para abrir la página del concepto. La lista de relaciones dice lo mismo con palabras; en un teléfono aparece primero, y el mapa, dibujado en una sola columna, va después.`,
		/** Said only where the page's script runs: it is what makes boxes pick out their neighbours. */
		focusHint:
			'Señale un recuadro, o llegue a él con la tecla Tab, para destacar los conceptos unidos a él. En una pantalla táctil, toque un recuadro una vez para destacarlos y otra vez para abrir su página.',
		sharedToggle: 'Mostrar las líneas discontinuas (conceptos a menudo etiquetados juntos)',
		/** On a phone, where the list comes first. */
		toMap: 'Ir al mapa, después de la lista',
		mapHeading: 'El mapa',
		svgTitle: 'Mapa de conceptos del documento',
		svgDescription: (concepts: number, related: number, shared: number) =>
			`${concepts} conceptos en cinco temas, unidos por ${related} pares relacionados (líneas continuas) y ${shared} pares a menudo etiquetados juntos (líneas discontinuas). Las mismas relaciones figuran en la lista bajo el mapa.`,
		region: 'Mapa de conceptos',
		legendHeading: 'Leyenda',
		themesHeading: 'Temas',
		edgesHeading: 'Líneas',
		relatedEdge: 'Relacionados: cada concepto nombra al otro como relacionado',
		sharedEdge: (threshold: number) =>
			`Usados a menudo juntos: etiquetados juntos en ${threshold} o más páginas, sin estar declarados como relacionados`,
		listHeading: 'Las mismas relaciones en forma de lista',
		relatedTerm: 'Relacionado con',
		sharedTerm: 'Usado a menudo junto con',
		noRelations: 'Todavía ninguna línea lo une a otro concepto.',
		/** The concept page's picture. */
		neighbourhood: {
			heading: 'Entorno',
			title: (concept: string) => `${concept}: sus conceptos relacionados y las páginas que lo usan`,
			caption:
				'El concepto, sus conceptos relacionados y los estudios de caso y las recomendaciones etiquetados con él. Las listas de abajo dan los mismos enlaces.',
			related: 'Conceptos relacionados',
			cases: 'Estudios de caso',
			recommendations: 'Recomendaciones',
			mapLink: 'Todos los conceptos en el mapa de conceptos',
		},
	},

	/** The cluster map page (`/map/clusters/`); its introduction is `content/pages/cluster-map.mdx`. */
	clusterMap: {
		title: clusterMapTitle,
		lead: 'Un mapa del mundo con todos los clústeres que nombra el documento, numerados y remitidos a la tabla que sigue.',
		worldTitle: 'Mapa del mundo de los clústeres que nombra el documento',
		westTitle: 'Clústeres de las Américas',
		eastTitle: 'Clústeres de Europa, África y Asia',
		description: (count: number) =>
			`${count} marcadores numerados, uno por clúster, en el lugar aproximado de cada uno. Los marcadores de lugares cercanos se reparten alrededor y se unen al lugar con una línea. Un círculo relleno enlaza con el estudio de caso del clúster; un cuadrado sin relleno enlaza con su fila de la tabla.`,
		caption: 'Los clústeres que nombra el documento. Los números remiten a la tabla; las posiciones son aproximadas.',
		regionLabel: 'Mapa de los clústeres (se desplaza lateralmente en una pantalla estrecha)',
		legendCase: 'Círculo relleno: el clúster tiene una página de estudio de caso (el marcador la abre).',
		legendOther: 'Cuadrado sin relleno: sin estudio de caso (el marcador abre su fila de la tabla).',
		markerName: (n: number, name: string, place: string, caseTitle?: string) =>
			caseTitle
				? `${n}. ${name} (${place}): estudio de caso ${caseTitle}`
				: `${n}. ${name} (${place}): detalles en la tabla`,
		tableCaption: 'Los clústeres del mapa',
		columns: {
			number: 'N.º',
			cluster: 'Clúster',
			place: 'Lugar',
			country: 'País',
			sector: 'Sector',
			type: 'Tipo (cuadro 1)',
			pages: 'En este sitio',
		},
		noType: 'Sin clasificar',
		/** "tres", "cuatro"...: how many clusters share the busiest place, said in the map's introduction. */
		countWord: (n: number) =>
			['ninguno', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'][n] ?? String(n),
	},

	/** What the links of a cluster's "on this site" cell are (see `cluster-pages.ts`), said before them on the map's table. */
	clusterPages: { caseStudy: 'Estudio de caso:', mentionedOn: 'Mencionado en:', paperSections: 'En el documento:' },

	/** Charts of the paper's figures: `/charts/`, the charts on case pages, their captions and tables. */
	charts: {
		pageTitle: chartsTitle,
		pageLead:
			'Las cifras que da el documento sobre sus casos y los países que compara, dibujadas a escala, cada una con su fuente y una tabla de los datos tal como los escribe el documento.',
		contents: 'Los gráficos',
		source: 'Fuente:',
		inPaper: 'En el documento:',
		footnote: (n: number) => `nota ${n}`,
		tableCaption: (title: string) => `Las cifras de «${title}», tal como las escribe el documento`,
		columns: { what: 'Qué', figure: 'Tal como lo escribe el documento', year: 'Año', note: 'Nota' },
		noYear: '—',
		/** The section of a case page that shows its charts. */
		caseSection: 'Sus cifras en gráficos',
		allCharts: 'Todos los gráficos de las cifras del documento',
	},

	/** "See the whole": the hub of the maps and charts (`/map/`), and how other pages name them. */
	maps: {
		hub: {
			title: 'Mapas y gráficos',
			lead: 'La forma del documento de un vistazo: cómo se conectan sus ideas, dónde están sus clústeres, qué consejos corresponden a cada tipo de clúster y las cifras que compara.',
			intro:
				'Cada imagen se dibuja a partir de las mismas entradas que el resto del sitio, funciona sin JavaScript y va acompañada de una lista o tabla que dice lo mismo con palabras.',
		},
		conceptMap: {
			title: conceptMapTitle,
			description:
				'Cada concepto como un nodo, unido a los conceptos con los que se relaciona y a los que usan las mismas páginas, agrupados por tema.',
			count: (n: number) => `${n} conceptos.`,
		},
		clusterMap: {
			title: clusterMapTitle,
			description:
				'Un mapa del mundo de los clústeres que nombra el documento; cada marcador lleva a su estudio de caso o a las páginas que lo mencionan.',
			count: (clusters: number, countries: number) => `${clusters} clústeres en ${countries} países.`,
		},
		taxonomy: {
			title: 'El cuadro 1 como guía de navegación',
			description:
				'La tipología de clústeres del documento por sector y estructura: cada celda lleva a sus casos, rasgos y recomendaciones.',
		},
		charts: {
			title: chartsTitle,
			description:
				'Las cifras que compara el documento (exportaciones, alfabetización, escolarización, crecimiento), dibujadas como gráficos con sus tablas de datos y sus fuentes.',
			count: (n: number) => `${n} gráficos.`,
		},
	},

	/** `/for-trainers/` (its body is `content/pages/for-trainers.mdx`). */
	forTrainers: {
		title: 'Para formadores',
		lead: 'Todo lo que necesita un formador o una formadora para enseñar con este sitio: itinerarios de aprendizaje listos para usar, material imprimible, paquetes de curso para plataformas de aprendizaje, un catálogo de todas las unidades y enlaces permanentes.',
	},

	search,
	offline,
} satisfies Strings;
