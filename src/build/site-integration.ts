/**
 * The build hook of the site: after Astro has written `dist/`, it closes the
 * diagram browser (and reports how many diagrams were drawn), checks every
 * internal link and anchor, and builds the search index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { redirectsFile } from './redirects';
import { readDistPages } from './dist-files';
import { fileNameProblems } from './content-ids';
import { checkBuiltSite, formatBrokenLinks } from './link-check';
import type { MermaidRenderer } from './mermaid-renderer';
import { buildSearchIndex } from './search-index';
import { checkSpacing } from './spacing-check';
import { buildOfflineCopy, formatSize } from './offline-copy';
import { siteFiles } from '../lib/urls';

export function siteIntegration({
	renderer,
	redirects = {},
}: {
	renderer: MermaidRenderer;
	/** Old address → new address, from content/redirects.json (see `redirects.ts`). */
	redirects?: Record<string, string>;
}): AstroIntegration {
	/** The base path the site is served under (`/`, `/skills/`), from the Astro config. */
	let base = '/';
	let root = process.cwd();
	return {
		name: 'skills-clusters:site',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				root = fileURLToPath(config.root);
			},
			'astro:config:setup': ({ config }) => {
				const problems = fileNameProblems(join(fileURLToPath(config.root), 'content'));
				if (problems.length > 0) throw new Error(`Content file names:\n  ${problems.join('\n  ')}`);
			},
			'astro:build:done': async ({ dir, logger }) => {
				await renderer.close();
				const s = renderer.stats;
				logger.info(
					`diagrams: ${s.diagrams} drawn, ${s.cacheHits} SVGs from cache, ${s.rendered} SVGs rendered, browser launches: ${s.browserLaunches}`,
				);
				const distDir = fileURLToPath(dir);
				// The diagrams' own styles, moved out of the SVGs so that no page needs inline styles.
				writeFileSync(join(distDir, siteFiles.diagramStyles), renderer.diagramStylesheet());
				// Hosts that read `_redirects` (Netlify, Cloudflare Pages) answer old addresses with a real 301.
				writeFileSync(join(distDir, '_redirects'), redirectsFile(redirects, base));
				// Each page is read and parsed once, for the link check and the quick-find index.
				const distPages = readDistPages(distDir);
				const broken = checkBuiltSite(distDir, base, distPages);
				if (broken.length > 0) throw new Error(formatBrokenLinks(broken));
				logger.info('links: every internal link and anchor resolves');
				const glued = checkSpacing(distPages);
				if (glued.length > 0) {
					throw new Error(`Text glued to a link or other inline element (a space is missing in a template or content file):\n  ${glued.join('\n  ')}`);
				}
				const { pages, quickPages } = await buildSearchIndex(distDir, distPages);
				logger.info(`search: Pagefind indexed ${pages} pages (full text) and ${quickPages} page outlines (quick find)`);
				const offline = await buildOfflineCopy({ distDir, base: base.endsWith('/') ? base : `${base}/`, cacheDir: join(root, 'node_modules', '.cache') });
				logger.info(`offline copy: ${offline.files} files, ${offline.bytes} bytes (${formatSize(offline.bytes)})`);
			},
		},
	};
}
