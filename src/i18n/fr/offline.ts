/**
 * Les mots français de la copie hors ligne : le bouton de la page des
 * formateurs et ses messages. Un module à part, pour que seul le script de
 * cette page les embarque.
 */

/** La copie hors ligne : le bouton de la page des formateurs et ses messages (embarqués dans son script). */
export const offline = {
	footerLink: 'Lire hors ligne',
	save: 'Enregistrer le site pour le lire hors ligne',
	saving: 'Enregistrement…',
	saved: 'Enregistré : toutes les pages, les diagrammes et la recherche fonctionnent désormais sans connexion.',
	failed: "Échec de l'enregistrement ; vérifiez la connexion et réessayez.",
	unsupported: 'Ce navigateur ne peut pas conserver le site hors ligne.',
	noScript: "L'enregistrement du site nécessite JavaScript.",
};
