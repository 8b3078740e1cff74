/**
 * Las palabras de la búsqueda en español: la página de búsqueda, el diálogo y
 * sus filtros. Un módulo propio, para que el código de búsqueda del navegador
 * incluya estas palabras y ninguna otra del sitio.
 */
import { plural } from '../format';

/** The search page, the search dialog and their filters (bundled into the browser's search code). */
export const search = {
	searching: 'Buscando…',
	prompt: 'Escriba una palabra o elija un filtro para explorar.',
	/** The count line of the search page. */
	results: (total: number, query: string, filtered: boolean) =>
		`${plural('es', total, { one: '# resultado', many: '# resultados', other: '# resultados' })}${query ? ` para «${query}»` : ''}${filtered ? ' (con filtros)' : ''}`,
	/** Shown when some of the reader's words occur nowhere on the site. */
	noResults: (query: string) => `No hay resultados para «${query}».`,
	/** The suggested spelling's sentence; `{suggestion}` is a link that searches for it. */
	didYouMean: '¿Quizás quiso decir {suggestion}?',
	showMore: (next: number) =>
		plural('es', next, {
			one: 'Ver # resultado más',
			many: 'Ver # resultados más',
			other: 'Ver # resultados más',
		}),
	/** The dialog's count line. */
	dialogResults: (shown: number) =>
		`${plural('es', shown, { one: '# resultado mostrado', many: '# resultados mostrados', other: '# resultados mostrados' })}. Use las teclas de flecha para recorrerlos.`,
	sectionsOf: (title: string) => `Secciones de ${title}`,
	/** Before a topic's other names, on its page and in a result's excerpt that begins with them. */
	alsoKnownAs: 'Otros nombres:',
	/** When the search code or index could not load (a dropped connection, say). */
	unavailable: 'No se pudo cargar la búsqueda. Compruebe su conexión e inténtelo de nuevo.',
	/** The header's search dialog, which the search code builds when it first opens. */
	dialog: {
		title: 'Buscar en el sitio',
		inputLabel: 'Buscar en el sitio',
		placeholder: 'Buscar conceptos, casos, lecciones…',
		close: 'Cerrar',
		allResults: 'Todos los resultados, con filtros',
	},
	/**
	 * Each filter by its id: `name` is the Pagefind filter and the address's
	 * parameter (`/es/search/?estudio+de+caso=...`), `heading` the title of
	 * its group on the search page.
	 */
	facets: {
		type: { name: 'tipo', heading: 'Tipo' },
		caseStudy: { name: 'estudio de caso', heading: 'Estudio de caso' },
		country: { name: 'país', heading: 'País' },
		sector: { name: 'sector', heading: 'Sector' },
		clusterType: { name: 'tipo de clúster', heading: 'Tipo de clúster' },
		actor: { name: 'actor', heading: 'Actor' },
		concept: { name: 'concepto', heading: 'Concepto' },
	},
};
