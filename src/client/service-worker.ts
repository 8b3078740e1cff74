/**
 * The service worker (built to `dist/sw.js` by `src/integration/offline-copy.ts`).
 *
 * - Pages and files a reader opens are kept as they are read (network
 *   first, the kept copy when offline).
 * - On request ("Save for offline" on the trainers' page) it keeps the whole
 *   site: every page, stylesheet, script, diagram and the search indexes,
 *   listed with their revisions in the build's list (`offline-copy.json`),
 *   which it reads only then, so that a first visit does not download it. A
 *   new build brings a new list: once saved, changed files are fetched again
 *   and removed files dropped when the new worker takes over.
 */
import { PrecacheController, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { keptAsIs, offlineListCache } from '../lib/site/offline-files';

interface WorkerScope {
	registration: { scope: string };
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void> };
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
	addEventListener(
		type: 'message',
		listener: (event: ExtendableEventLike & { data: unknown; ports: readonly MessagePort[] }) => void,
	): void;
}
interface ExtendableEventLike extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
const worker = self as unknown as WorkerScope;
/** The page for an address not kept, offline (written in by the build: src/integration/offline-copy.ts). */
declare const OFFLINE_FALLBACK: string;
/** The address of this build's list of the copy's files, its revision in the query (written in by the build). */
declare const OFFLINE_LIST: string;
const fallbackCache = 'offline-fallback';

const offlineCopy = new PrecacheController({ cacheName: 'offline-copy' });
const offlineCacheName = offlineCopy.strategy.cacheName;
let listRead: Promise<void> | undefined;

/** Reads the copy's list into `offlineCopy`, once per run of the worker: the kept list if there is one, else the network's. */
function readList(): Promise<void> {
	listRead ??= (async () => {
		// Kept once read, so that a saved copy is found offline after the worker restarts.
		const cache = await caches.open(offlineListCache);
		let response = await cache.match(OFFLINE_LIST);
		if (!response) {
			response = await fetch(OFFLINE_LIST, { credentials: 'same-origin', cache: 'no-cache' });
			if (!response.ok) throw new Error(`${OFFLINE_LIST}: HTTP ${response.status}`);
			await cache.put(OFFLINE_LIST, response.clone());
		}
		offlineCopy.addToCacheList((await response.json()) as PrecacheEntry[]);
	})().catch((error: unknown) => {
		listRead = undefined;
		throw error;
	});
	return listRead;
}

/**
 * The saved copy is kept gzip-compressed (pages, styles and scripts shrink
 * to about a fifth), so that the whole site fits a small device; it is
 * decompressed as it is served. Pagefind's index files are compressed
 * already and kept as they are. The build measures the copy the same way
 * (`src/integration/offline-copy.ts`).
 */
const storedEncoding = 'x-offline-encoding';
const keptCompressed = (url: string) => !keptAsIs(new URL(url, location.href).pathname);

async function compressed(response: Response): Promise<Response> {
	const headers = new Headers(response.headers);
	headers.set(storedEncoding, 'gzip');
	return new Response(response.body!.pipeThrough(new CompressionStream('gzip')), { status: response.status, headers });
}

function decompressed(response: Response): Response {
	if (response.headers.get(storedEncoding) !== 'gzip') return response;
	const headers = new Headers(response.headers);
	headers.delete(storedEncoding);
	return new Response(response.body!.pipeThrough(new DecompressionStream('gzip')), {
		status: response.status,
		headers,
	});
}
const readPages = new NetworkFirst({ cacheName: 'read-pages', networkTimeoutSeconds: 4 });

/** Whether the reader asked for the whole site (the offline cache exists only then). */
const isSaved = () => caches.has(offlineCacheName);

/**
 * Keeps every file of the manifest under its revisioned key, fetching only
 * those not kept yet (after a new build: the changed ones). Workbox's own
 * precache install stores files only during an install event; saving on
 * request happens on a message, so the loop is written out here.
 */
async function saveCopy(): Promise<void> {
	await readList();
	const cache = await caches.open(offlineCacheName);
	const entries = [...offlineCopy.getURLsToCacheKeys()];
	const next = async (): Promise<void> => {
		const entry = entries.shift();
		if (!entry) return;
		const [url, key] = entry;
		if (!(await cache.match(key))) {
			const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			await cache.put(key, keptCompressed(url) ? await compressed(response) : response);
		}
		return next();
	};
	// A few requests at a time: fast on a good connection, gentle on the server.
	await Promise.all(Array.from({ length: 6 }, next));
}

worker.addEventListener('install', (event) => {
	// A new build updates a saved copy before it takes over; the fallback page is kept in any case (it is small).
	event.waitUntil(
		caches
			.open(fallbackCache)
			.then((cache) => cache.add(OFFLINE_FALLBACK))
			.catch(() => undefined)
			.then(isSaved)
			.then((saved) => (saved ? saveCopy() : undefined))
			.then(() => worker.skipWaiting()),
	);
});

/** Drops the lists of earlier builds. */
async function forgetOldLists(): Promise<void> {
	const cache = await caches.open(offlineListCache);
	for (const request of await cache.keys())
		if (request.url !== new URL(OFFLINE_LIST, location.href).href) await cache.delete(request);
}

worker.addEventListener('activate', (event) => {
	// Files the new build no longer lists (or lists with a new revision) leave the saved copy.
	event.waitUntil(
		isSaved()
			.then((saved) => (saved ? readList().then(() => offlineCopy.activate(event as never)) : undefined))
			.then(forgetOldLists)
			.catch(() => undefined)
			.then(() => worker.clients.claim()),
	);
});

worker.addEventListener('message', (event) => {
	const reply = event.ports[0];
	if ((event.data as { type?: string } | null)?.type !== 'save-offline' || !reply) return;
	event.waitUntil(
		saveCopy()
			.then(() => reply.postMessage({ saved: true }))
			.catch((error: unknown) => reply.postMessage({ saved: false, error: String(error) })),
	);
});

/** The saved copy of a URL, if the site was saved (a folder URL is its index.html). */
async function fromOfflineCopy(url: URL): Promise<Response | undefined> {
	if (!(await isSaved())) return undefined;
	// A list that cannot be read (offline, a copy saved before the list was kept apart) leaves the page to the network.
	const listed = await readList().then(
		() => true,
		() => false,
	);
	if (!listed) return undefined;
	const path = `${url.origin}${url.pathname}`;
	// Without the query too: Pagefind asks for its entry file with a cache-busting `?ts=`.
	const candidates = [url.href, path, url.pathname.endsWith('/') ? `${path}index.html` : undefined];
	for (const candidate of candidates) {
		const key = candidate && offlineCopy.getCacheKeyForURL(candidate);
		if (!key) continue;
		const hit = await caches.match(key, { cacheName: offlineCacheName });
		if (hit) return decompressed(hit);
	}
	return undefined;
}

registerRoute(
	({ url, request }) =>
		request.method === 'GET' &&
		url.origin === location.origin &&
		url.pathname !== new URL('sw.js', worker.registration.scope).pathname,
	async (options) => {
		const pageUrl = new URL(options.request.url);
		// A page's query (a linked search, `?q=...`) is read by its script: the saved page serves every query.
		if (options.request.mode === 'navigate') pageUrl.search = '';
		const kept = await fromOfflineCopy(pageUrl);
		if (kept) return kept;
		try {
			return await readPages.handle(options);
		} catch (error) {
			// Offline, an address not kept (a page never read, a PDF): the site's own page says so, not the browser's error.
			const fallback =
				options.request.mode === 'navigate'
					? await caches.match(OFFLINE_FALLBACK, { cacheName: fallbackCache })
					: undefined;
			if (fallback) return fallback;
			throw error;
		}
	},
);
