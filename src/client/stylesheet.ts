/**
 * Adds a stylesheet to the page once, for code that loads on first use:
 * Astro links every stylesheet a page's scripts import in the page's head,
 * so a sheet meant to load later is imported by URL (`?url`) and added here.
 * Resolves when it has loaded, or failed: then the content shows unstyled
 * rather than not at all.
 */
const added = new Map<string, Promise<void>>();

export function loadStylesheet(href: string): Promise<void> {
	let loaded = added.get(href);
	if (!loaded) {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = href;
		loaded = new Promise((resolve) => {
			link.addEventListener('load', () => resolve(), { once: true });
			link.addEventListener('error', () => resolve(), { once: true });
		});
		document.head.append(link);
		added.set(href, loaded);
	}
	return loaded;
}
