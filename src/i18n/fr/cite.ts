/**
 * Les mots français de l'encadré « Citer cette page » et des boutons de copie.
 * Un module à part, pour que le script de l'encadré, chargé à son ouverture,
 * n'embarque que ces mots.
 */

/** L'encadré de citation et les boutons de copie (embarqués dans le script de l'encadré). */
export const cite = {
	page: 'Citer cette page',
	paper: 'Citer le document',
	formats: { apa: 'APA 7', chicago: 'Chicago (auteur-date)', bibtex: 'BibTeX', ris: 'RIS' },
	copy: 'Copier',
	copyName: (format: string, what: 'page' | 'paper') =>
		`Copier la citation ${format} ${what === 'page' ? 'de la page' : 'du document'}`,
	copied: 'Copié dans le presse-papiers',
	linkCopied: 'Lien copié dans le presse-papiers',
	copyFailed: 'Copie impossible ; sélectionnez plutôt le texte',
	accessedNote: (date: string) =>
		`La date de consultation est le jour où cette version du site a été générée (${date}) : son texte n'a pas changé depuis. Modifiez-la si votre style demande le jour où vous l'avez lue.`,
	download: (format: string) => `Télécharger la notice du document (.${format})`,
};
