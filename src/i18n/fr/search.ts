/**
 * Les mots français de la recherche : la page de recherche, la boîte de
 * dialogue et leurs filtres. Un module à part, pour que le code de recherche
 * du navigateur n'embarque que ces mots.
 */
import { plural } from '../format';

/** La page de recherche, la boîte de dialogue et leurs filtres (embarqués dans le code de recherche du navigateur). */
export const search = {
	searching: 'Recherche en cours…',
	prompt: 'Saisissez un mot ou choisissez un filtre pour parcourir le site.',
	/** La ligne de décompte de la page de recherche. */
	results: (total: number, query: string, filtered: boolean) =>
		`${plural('fr', total, { one: '# résultat', other: '# résultats' })}${query ? ` pour « ${query} »` : ''}${filtered ? ' (avec filtres)' : ''}`,
	/** Quand certains mots du lecteur n'apparaissent nulle part sur le site. */
	noResults: (query: string) => `Aucun résultat pour « ${query} ».`,
	/** La phrase de l'orthographe suggérée ; `{suggestion}` est un lien qui la recherche. */
	didYouMean: 'Vouliez-vous dire {suggestion}\u202f?',
	showMore: (next: number) =>
		plural('fr', next, { one: 'Afficher # résultat de plus', other: 'Afficher # résultats de plus' }),
	/** La ligne de décompte de la boîte de dialogue. */
	dialogResults: (shown: number) =>
		`${plural('fr', shown, { one: '# résultat affiché', other: '# résultats affichés' })}. Utilisez les flèches du clavier pour les parcourir.`,
	sectionsOf: (title: string) => `Sections de ${title}`,
	/** Avant les autres noms d'un sujet, sur sa page et dans l'extrait d'un résultat qui commence par eux. */
	alsoKnownAs: 'Autres noms :',
	/** Quand le code ou l'index de recherche n'a pas pu se charger (connexion interrompue, par exemple). */
	unavailable: "La recherche n'a pas pu se charger. Vérifiez votre connexion et réessayez.",
	/** The header's search dialog, which the search code builds when it first opens. */
	dialog: {
		title: 'Rechercher sur le site',
		inputLabel: 'Rechercher sur le site',
		placeholder: 'Rechercher des concepts, des cas, des enseignements…',
		close: 'Fermer',
		allResults: 'Tous les résultats, avec filtres',
	},
	/**
	 * Chaque filtre par son id : `name` est le filtre Pagefind et le paramètre
	 * de l'adresse (`/fr/search/?étude+de+cas=...`), `heading` le titre de son
	 * groupe sur la page de recherche.
	 */
	facets: {
		type: { name: 'type', heading: 'Type' },
		caseStudy: { name: 'étude de cas', heading: 'Étude de cas' },
		country: { name: 'pays', heading: 'Pays' },
		sector: { name: 'secteur', heading: 'Secteur' },
		clusterType: { name: 'type de cluster', heading: 'Type de cluster' },
		actor: { name: 'acteur', heading: 'Acteur' },
		concept: { name: 'concept', heading: 'Concept' },
	},
};
