// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { contentIdReader } from './src/markdown/content-ids';
import { sharedRenderer } from './src/diagrams/mermaid-renderer';
import { remarkEntryLinks } from './src/markdown/remark-entry-links';
import { readAbbreviations, remarkAbbreviations } from './src/markdown/remark-abbreviations';
import { remarkMermaid } from './src/diagrams/remark-mermaid';
import { siteIntegration } from './src/integration/site-integration';
import { lazyImportsWithoutPreload } from './src/integration/lazy-imports';
import { headingAnchor } from './src/markdown/heading-anchor';
import { externalLinks } from './src/markdown/external-links';
import { rehypeBlockAnchors } from './src/markdown/rehype-block-anchors';
import { anchorMovesReader } from './src/markdown/anchor-moves';
import { editionSettings, siteSettings } from './site.config.mjs';
import { astroRedirects, readRedirects } from './src/integration/redirects';
import { sitePages } from './src/lib/site/urls';
import { sitemapAlternates } from './src/lib/site/editions';

const root = fileURLToPath(new URL('.', import.meta.url));
// The diagram cache outlives `dist/`: a rebuild with unchanged diagrams starts no browser.
const renderer = sharedRenderer(process.env.MERMAID_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'mermaid-svg'));

// Old addresses of renamed entries (see content/redirects.json): trainers' links keep working.
const redirects = readRedirects(join(root, 'content', 'redirects.json'), root);

// The public address and base path: site.config.mjs (or SITE_URL / SITE_BASE); invalid values stop here.
const { site, base: siteBase, placeholder } = siteSettings();
if (placeholder) console.warn(`site.config.mjs: ${site} is a placeholder address; set the real one before deploying.`);
// The edition this build makes (SITE_LANGUAGE): a translated one lives under <base><language>/ in dist/<language>/.
const { language, base, outDir } = editionSettings(siteBase);

export default defineConfig({
	redirects: astroRedirects(redirects, base),
	site,
	base,
	...(outDir ? { outDir } : {}),
	trailingSlash: 'always',
	// Stylesheets stay files, never inlined: the Content Security Policy allows inline styles only by hash.
	build: { format: 'directory', inlineStylesheets: 'never' },
	prerenderConflictBehavior: 'error',
	devToolbar: { enabled: false },
	markdown: {
		processor: unified({
			remarkPlugins: [
				[remarkEntryLinks, { idsIn: contentIdReader(join(root, 'content')), root, base }],
				[remarkMermaid, { renderer, root }],
				[remarkAbbreviations, { abbreviations: () => readAbbreviations(join(root, 'content')) }],
			],
			rehypePlugins: [
				rehypeHeadingIds,
				// After the heading ids, so paragraph anchors never take a heading's id.
				[rehypeBlockAnchors, { root, moves: anchorMovesReader(root) }],
				[rehypeAutolinkHeadings, headingAnchor],
				[rehypeExternalLinks, externalLinks],
			],
		}),
		syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
	},
	// Scripts stay files, never inlined: the Content Security Policy allows scripts from the site only.
	vite: {
		// Every module, server and browser, knows the edition's language (src/i18n/languages.ts).
		define: { 'import.meta.env.SITE_LANGUAGE': JSON.stringify(language) },
		// Lazy modules load as plain import(): no preload helper in the script every page loads.
		plugins: [lazyImportsWithoutPreload()],
		build: {
			assetsInlineLimit: 0,
			modulePreload: false,
			rolldownOptions: {
				// Astro marks MDX modules with a directive the bundler cannot keep and warns about each one;
				// the warning is Astro's internals, not something the content can fix.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
		// The search worker is a module worker (it imports Pagefind's module at run time), so it is bundled as one.
		worker: { format: 'es' },
	},
	integrations: [
		mdx(),
		// The offline fallback page is for the offline worker, not for search engines.
		sitemap({
			filter: (page) => !new URL(page).pathname.endsWith(sitePages.offline),
			// Every page in every published edition, for search engines (the page heads say the same).
			serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, { base, language, site }) }),
		}),
		siteIntegration({
			renderer,
			redirects,
			// Like the diagram cache, it outlives `dist/`: a rebuild with unchanged titles draws no card.
			socialCardCacheDir: process.env.SOCIAL_CARD_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'social-cards'),
		}),
	],
});
