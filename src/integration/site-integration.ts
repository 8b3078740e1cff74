/**
 * The build hook of the site (and, under `astro dev`, the server of the
 * diagrams' stylesheet): after Astro has written `dist/`, it closes the
 * diagram browser (and reports how many diagrams were drawn), prints the
 * PDF handouts of the learning paths (and writes their page counts and
 * sizes on the path pages), checks every internal link and
 * anchor, writes the security headers (`_headers`) and builds the search index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { redirectsFile } from './redirects';
import { htmlFiles, readDistPages } from './dist-files';
import { fileNameProblems } from '../markdown/content-ids';
import { checkBuiltSite, formatBrokenLinks } from './link-check';
import { writeHeadersFile } from './headers-file';
import type { MermaidRenderer } from '../diagrams/mermaid-renderer';
import { buildSearchIndex } from './search-index';
import { removeBuildOnlyMarkup } from './build-only-markup';
import { writeDiagramSizes } from './diagram-sizes';
import { diagramSizesFolder, linkedDiagramSizes } from '../lib/site/diagram-sizes';
import { cardsOfSite, writeSocialCards } from './social-cards';
import { publishedAnchorsFile, readPublishedAnchors, vanishedAnchors } from './published-anchors';
import { entryUrl, normalizeBase, siteFiles, sitePages, sourceFileOfUrl } from '../lib/site/urls';
import { citationTiming } from '../lib/citation/cite-formats';
import { buildHandouts, handoutVersions } from './handout-pdf';
import { writePdfFacts } from './pdf-facts';
import { drawingTimes, teachingStats } from '../lib/report/build-stats';
import { writeBuildReport, type BuildReport } from '../lib/report/build-report';
import { checkSpacing } from './spacing-check';
import { buildOfflineCopy, formatSize } from './offline-copy';
import { writeCiteFiles } from './cite-files';

/** The pages whose pictures are drawn at build time: the maps, Table 1 and the charts. */
const figurePages = [sitePages.maps, sitePages.conceptMap, sitePages.clusterMap, sitePages.taxonomy, sitePages.charts];

export interface SiteIntegrationOptions {
	renderer: MermaidRenderer;
	/** Old address → new address, from content/redirects.json (see `redirects.ts`). */
	redirects?: Record<string, string>;
	/** Where drawn social cards are kept between builds. */
	socialCardCacheDir: string;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/**
 * The stylesheet of the pages that draw a diagram (and only of them: Base.astro
 * links it where a diagram is drawn): the figure's own rules, then each
 * diagram's styles and sizes.
 */
async function diagramSheet(renderer: MermaidRenderer, pages?: readonly string[]): Promise<string> {
	// Minified like the rest of the site's CSS: its comments are for the source, not for every page with a drawing.
	const { code: figure } = await transform(
		readFileSync(join(import.meta.dirname, '..', 'styles', 'diagram-figure.css'), 'utf8'),
		{ loader: 'css', minify: true },
	);
	return `${figure}${await renderer.diagramStylesheet(pages)}`;
}

export function siteIntegration({
	renderer,
	redirects = {},
	socialCardCacheDir,
}: SiteIntegrationOptions): AstroIntegration {
	/** The base path the site is served under (`/`, `/skills/`), from the Astro config. */
	let base = '/';
	let root = process.cwd();
	let handoutCache = '';
	return {
		name: 'skills-clusters:site',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
			},
			'astro:config:setup': ({ config }) => {
				root = fileURLToPath(config.root);
				// Like the diagrams, printed handouts outlive dist/: unchanged pages are not printed again.
				handoutCache = process.env.HANDOUT_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'handout-pdf');
				const problems = fileNameProblems(join(root, 'content'));
				if (problems.length > 0) throw new Error(`Content file names:\n  ${problems.join('\n  ')}`);
			},
			// `astro dev` writes no dist/: the diagrams' stylesheet is served from what has been drawn so far
			// (a page's diagrams are drawn before the browser asks for its styles).
			'astro:server:setup': ({ server }) => {
				const stylesheet = `${base}${siteFiles.diagramStyles}`;
				const sizes = `${base}${diagramSizesFolder}/`;
				server.middlewares.use((request, response, next) => {
					const path = request.url?.split('?')[0];
					if (path === stylesheet) {
						response.setHeader('Content-Type', 'text/css; charset=utf-8');
						void diagramSheet(renderer).then((css) => response.end(css), next);
					} else if (path?.startsWith(sizes)) {
						// The name says which drawings, not which they are: every size drawn so far serves any page.
						response.setHeader('Content-Type', 'text/css; charset=utf-8');
						response.end(renderer.sizeRulesOf());
					} else next();
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const report: BuildReport = {};
				/** One step's summary: in the log, and in the report `npm run bench` reads. */
				const say = (step: string, summary: string) => {
					report[step] = summary;
					logger.info(`${step}: ${summary}`);
				};
				await renderer.close();
				const s = renderer.stats;
				say(
					'diagrams',
					`${s.diagrams} drawn, ${s.cacheHits} SVGs from cache, ${s.rendered} SVGs rendered, browser launches: ${s.browserLaunches}`,
				);
				const drawings = [...drawingTimes()].map(([kind, t]) => `${kind}: ${t.count} in ${Math.round(t.ms)} ms`);
				say('maps and charts', drawings.length > 0 ? drawings.join('; ') : 'none drawn');
				// The pages that show them, for the bench's page weights (a concept page shows its neighbourhood).
				report['figure pages'] = [...figurePages, entryUrl('concepts', 'joint-action')].join(' ');
				const distDir = fileURLToPath(dir);
				// The diagrams' own styles, moved out of the SVGs so that no page needs inline styles, with the figure's:
				// kept to the rules the built pages use.
				const pageHtml = [...htmlFiles(distDir)].map((file) => readFileSync(join(distDir, file), 'utf8'));
				writeFileSync(join(distDir, siteFiles.diagramStyles), await diagramSheet(renderer, pageHtml));
				// Each page's drawings' sizes, in the stylesheet its layout links (before the handouts are printed).
				say('diagram sizes', `${writeDiagramSizes(distDir, linkedDiagramSizes(), renderer)} size stylesheets written`);
				// Hosts that read `_redirects` (Netlify, Cloudflare Pages) answer old addresses with a real 301.
				writeFileSync(join(distDir, '_redirects'), redirectsFile(redirects, base));
				const packages = teachingStats();
				say('course packages', `${packages.cartridges} cartridges in ${Math.round(packages.cartridgeMs)} ms`);
				// Printed before the link check, which then finds the PDFs the path pages link to.
				const handouts = await buildHandouts(distDir, handoutCache, base);
				say(
					'handouts',
					`${handouts.pdfs} PDFs, ${handouts.fromCache} from cache, ${handouts.printed} printed in ${Math.round(handouts.ms)} ms, browser launches: ${handouts.browserLaunches}`,
				);
				// Known only now that the PDFs exist; written before the pages are read for links, headers and search.
				const withFacts = await writePdfFacts(distDir, handoutVersions);
				say('handout facts', `page counts and sizes written on ${withFacts} path pages`);
				// Each page is read and parsed once, for the link check and the quick-find index.
				const distPages = readDistPages(distDir);
				report.pages = String(distPages.length);
				const broken = checkBuiltSite(distDir, base, distPages);
				if (broken.length > 0) throw new Error(formatBrokenLinks(broken));
				say('links', 'every internal link and anchor resolves');
				const glued = checkSpacing(distPages);
				if (glued.length > 0) {
					throw new Error(
						`Text glued to a link or other inline element (a space is missing in a template or content file):\n  ${glued.join('\n  ')}`,
					);
				}
				const styleHashes = writeHeadersFile(distDir, base, distPages);
				say('headers', `_headers written (Content-Security-Policy with ${styleHashes} inline stylesheet hashes)`);
				let start = performance.now();
				const published = readPublishedAnchors(root);
				const vanished = vanishedAnchors(published, distPages, sourceFileOfUrl);
				if (vanished.length > 0) {
					throw new Error(
						`Published paragraph anchors (${publishedAnchorsFile}) that would break:\n  ${vanished.join('\n  ')}`,
					);
				}
				say('anchors', `all ${published.length} published paragraph anchors resolve (${seconds(start)} s)`);
				start = performance.now();
				const cards = await writeSocialCards(cardsOfSite(distPages, base), distDir, socialCardCacheDir);
				say(
					'social cards',
					`${cards.cards} cards, ${cards.cached} from cache, ${cards.rendered} rendered, browser launches: ${cards.browserLaunches} (${seconds(start)} s)`,
				);
				const citeFiles = writeCiteFiles(distDir, distPages);
				const cite = citationTiming();
				say(
					'citations',
					`${cite.items} records formatted in ${(cite.ms / 1000).toFixed(1)} s; ${citeFiles} cite files written`,
				);
				const { pages, quickPages } = await buildSearchIndex(distDir, base, distPages);
				say('search', `Pagefind indexed ${pages} pages (full text) and ${quickPages} page outlines (quick find)`);
				// The filters and what Pagefind's attributes mark are in the index now: the pages readers download no longer carry them.
				say(
					'build-only markup',
					`search filter tags and Pagefind's attributes removed from ${removeBuildOnlyMarkup(distDir, distPages)} pages`,
				);
				const offline = await buildOfflineCopy({ distDir, base });
				say('offline copy', `${offline.files} files, ${offline.bytes} bytes (${formatSize(offline.bytes)})`);
				writeBuildReport(root, report);
			},
		},
	};
}
