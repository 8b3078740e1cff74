/**
 * One clear "next" for a reader following a learning path. Opening a unit
 * from a path's page, or from the path box of a unit, remembers the path for
 * the tab (sessionStorage); on a unit of that path, the path's next step then
 * leads the links at the foot of the page, in the path box's words ("Next in
 * the path"), before the next entry in the paper's order, which keeps its
 * own label. Without JavaScript, or for a reader who did not come through a
 * path, both sequences show as built, each labelled.
 */
const storageKey = 'followed-path';

/** Remembers the path of a link clicked in a path's unit list or in a unit's path box. */
export function rememberPathOf(link: Element): void {
	const path = link.closest<HTMLElement>('[data-path]')?.dataset.path;
	if (!path) return;
	try {
		sessionStorage.setItem(storageKey, path);
	} catch {
		// Storage blocked: both sequences stay as built.
	}
}

function followedPath(): string | null {
	try {
		return sessionStorage.getItem(storageKey);
	} catch {
		return null;
	}
}

/** On a unit of the followed path, puts the path's next step first among the links at the foot of the page. */
export function showFollowedPath(): void {
	const path = followedPath();
	const box = path ? document.querySelector<HTMLElement>(`.path-membership li[data-path="${CSS.escape(path)}"]`) : null;
	if (!box) return;
	box.dataset.following = '';
	const next = box.querySelector('a[data-path-next]');
	const foot = document.querySelector('nav.prev-next');
	if (!next || !foot) return;
	// A navigation of its own, named as the path box is: the foot's links keep their name (the paper's order).
	const lead = document.createElement('nav');
	lead.className = 'path-next';
	lead.setAttribute('aria-label', box.closest('nav')?.getAttribute('aria-label') ?? '');
	lead.append(next.cloneNode(true));
	foot.before(lead);
}
