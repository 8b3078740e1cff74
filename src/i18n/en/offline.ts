/**
 * The English words of the offline copy: the button on the trainers' page and
 * its messages. A module of their own, so that only that page's script
 * bundles them.
 */

/** The offline copy: the button on the trainers' page and its messages (bundled into its script). */
export const offline = {
	footerLink: 'Read offline',
	save: 'Save the site for offline reading',
	saving: 'Saving…',
	saved: 'Saved: every page, diagram and the search now work without a connection.',
	failed: 'Saving failed; check the connection and try again.',
	unsupported: 'This browser cannot keep the site offline.',
	noScript: 'Saving the site needs JavaScript.',
};
