/**
 * Builds the offline copy: lists every file a reader needs offline with
 * Workbox's revisioned manifest (in a file of its own, `offline-copy.json`),
 * bundles the service worker (`src/client/service-worker.ts`) with that
 * list's address, and writes the copy's total size onto the page that offers
 * it. Runs over `dist/` after the pages and the search indexes are written.
 *
 * The list stays out of the worker because every first visit downloads the
 * worker, in the background: with the list in it, it weighed 27 KB gzip,
 * more than a lesson page, for a copy few readers ask for.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
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
	siteFiles.offlineList,
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

export async function buildOfflineCopy({ distDir, base }: { distDir: string; base: string }) {
	const options = {
		globDirectory: distDir,
		globPatterns: offlineGlobs,
		globIgnores: offlineIgnores,
		modifyURLPrefix: { '': base },
	};
	// The page offering the copy states its size: measure, write it in, then list the files with their final revisions.
	const { manifestEntries: draft } = await getManifest(options);
	const files = draft.map((e) => e.url.slice(base.length));
	// The worker keeps the list too, as it is; its length does not change when the size is written in (revisions are
	// hashes of one length).
	const listBytes = Buffer.byteLength(JSON.stringify(draft));
	const estimate = storedSize(distDir, files) + listBytes;
	for (const file of htmlFiles(distDir)) {
		const path = join(distDir, file);
		const html = readFileSync(path, 'utf8');
		if (!html.includes(sizePlaceholder)) continue;
		writeFileSync(
			path,
			html.split(sizePlaceholder).join(formatSize(estimate)).split(bytesPlaceholder).join(String(estimate)),
		);
	}
	const { manifestEntries, warnings } = await getManifest(options);
	if (warnings.length > 0) throw new Error(`Offline copy: ${warnings.join('; ')}`);
	const list = JSON.stringify(manifestEntries);
	writeFileSync(join(distDir, siteFiles.offlineList), list);
	// The list's address names its revision: a new build's worker differs from the last one (so browsers install it
	// and it updates a saved copy) exactly when the list does, and each build's list is kept under its own address.
	const revision = createHash('sha256').update(list).digest('hex').slice(0, 16);
	await build({
		entryPoints: [join(import.meta.dirname, '..', 'client', 'service-worker.ts')],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		define: {
			'process.env.NODE_ENV': '"production"',
			// The page shown for an address the worker has not kept, under the site's base path.
			OFFLINE_FALLBACK: JSON.stringify(`${base}${sitePages.offline.slice(1)}`),
			OFFLINE_LIST: JSON.stringify(`${base}${siteFiles.offlineList}?revision=${revision}`),
		},
		outfile: join(distDir, siteFiles.serviceWorker),
		logLevel: 'warning',
	});
	return { files: manifestEntries.length, bytes: storedSize(distDir, files) + Buffer.byteLength(list) };
}
