/**
 * Lazy modules load as plain `import()`, without Vite's preload helper.
 *
 * Vite wraps every dynamic import of browser code in a helper that first
 * links the imported module's stylesheets and preloads its chunks. Even with
 * `build.modulePreload: false` the helper stays, about 700 bytes gzip in the
 * one script every page loads (vitejs/vite#13952, #18551). This site's lazy
 * modules need none of it: they add their stylesheets themselves, imported by
 * URL (`src/client/stylesheet.ts`), and a lazy chunk's own imports are small
 * enough to follow it. So the helper is replaced by one that only calls the
 * import.
 *
 * Should a lazy module ever import a stylesheet directly, Vite would need the
 * real helper to link it: the build then stops and says so, rather than
 * shipping a module whose styles never load.
 */
import type { Plugin } from 'vite';

/** Vite's virtual module for the helper (vite/src/node/plugins/importAnalysisBuild.ts). */
const preloadHelperId = '\0vite/preload-helper.js';
/** What Vite writes into a chunk when a dynamic import has files to load first. */
const dependencyList = '__vite__mapDeps';

export function lazyImportsWithoutPreload(): Plugin {
	return {
		name: 'site:lazy-imports-without-preload',
		apply: 'build',
		// Astro sets its own `build.modulePreload` after the user's config: the browser's environment is told here.
		configEnvironment(name) {
			if (name === 'client') return { build: { modulePreload: false } };
		},
		load: {
			order: 'pre',
			handler(id) {
				if (id === preloadHelperId) return 'export const __vitePreload = (load) => load();';
			},
		},
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				for (const file of Object.values(bundle)) {
					if (file.type === 'chunk' && file.code.includes(dependencyList))
						this.error(
							`${file.fileName}: a module it loads with import() imports a stylesheet or preloads chunks, which this build does not do (src/integration/lazy-imports.ts). Import the stylesheet by URL ('…css?url') and add it with loadStylesheet (src/client/stylesheet.ts).`,
						);
				}
			},
		},
	};
}
