/**
 * Builds the offline copy: bundles the service worker (`src/client/service-worker.ts`), lists
 * every file a reader needs offline with Workbox's revisioned manifest, and
 * writes the copy's total size onto the page that offers it. Runs over
 * `dist/` after the pages and the search indexes are written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';
import { htmlFiles } from './dist-files';
import { bytesPlaceholder, keptAsIs, sizePlaceholder } from '../lib/site/offline-files';
import { iconFile, siteFiles, sitePages } from '../lib/site/urls';

/** What the offline copy holds: pages, styles, scripts, data (quick find's outlines among them), and the parts of the full-text search index that search uses. */
export const offlineGlobs = ['**/*.{html,css,js,json,svg,wasm}', iconFile('favicon'), 'pagefind*/**/*'];
/**
 * Left out: what no page loads (Pagefind's ready-made interfaces and its
 * worker, the sitemap) and the service worker itself.
 */
export const offlineIgnores = [
	'pagefind*/pagefind-ui.*',
	'pagefind*/pagefind-component-ui.*',
	'pagefind*/pagefind-modular-ui.*',
	'pagefind*/pagefind-highlight.js',
	// Pagefind runs inside the site's own search worker, never in a worker of its own; every page is in English.
	'pagefind*/pagefind-worker.js',
	'pagefind*/wasm.unknown.pagefind',
	'sitemap*.xml',
	siteFiles.serviceWorker,
];

/** A size for readers: "4.2 MB". */
export function formatSize(bytes: number): string {
	return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} kB`;
}

/**
 * What the copy takes on a reader's device: the service worker keeps every
 * other file gzip-compressed (`src/client/service-worker.ts`), as measured here.
 */
export function storedSize(distDir: string, files: string[]): number {
	let bytes = 0;
	for (const file of files) {
		const content = readFileSync(join(distDir, file));
		bytes += keptAsIs(file) ? content.length : gzipSync(content).length;
	}
	return bytes;
}

export async function buildOfflineCopy({
	distDir,
	base,
	cacheDir,
}: {
	distDir: string;
	base: string;
	cacheDir: string;
}) {
	const options = {
		globDirectory: distDir,
		globPatterns: offlineGlobs,
		globIgnores: offlineIgnores,
		modifyURLPrefix: { '': base },
	};
	// The page offering the copy states its size: measure, write it in, then list the files with their final revisions.
	const { manifestEntries } = await getManifest(options);
	const files = manifestEntries.map((e) => e.url.slice(base.length));
	const estimate = storedSize(distDir, files);
	for (const file of htmlFiles(distDir)) {
		const path = join(distDir, file);
		const html = readFileSync(path, 'utf8');
		if (!html.includes(sizePlaceholder)) continue;
		writeFileSync(
			path,
			html.split(sizePlaceholder).join(formatSize(estimate)).split(bytesPlaceholder).join(String(estimate)),
		);
	}
	const swSource = join(cacheDir, 'sw-source.js');
	await build({
		entryPoints: [join(import.meta.dirname, '..', 'client', 'service-worker.ts')],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		// The page shown for an address the worker has not kept, under the site's base path.
		define: {
			'process.env.NODE_ENV': '"production"',
			OFFLINE_FALLBACK: JSON.stringify(`${base}${sitePages.offline.slice(1)}`),
		},
		outfile: swSource,
		logLevel: 'warning',
	});
	const result = await injectManifest({ ...options, swSrc: swSource, swDest: join(distDir, siteFiles.serviceWorker) });
	if (result.warnings.length > 0) throw new Error(`Offline copy: ${result.warnings.join('; ')}`);
	return { files: result.count, bytes: storedSize(distDir, files) };
}
