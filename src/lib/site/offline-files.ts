/**
 * Facts about the offline copy that the build (`src/integration/offline-copy.ts`),
 * the service worker (`src/client/service-worker.ts`) and the trainers' page
 * share, stated once.
 */

/** The text standing for the offline copy's size in a page until the build knows it. */
export const sizePlaceholder = '{{offline-copy-size}}';
/** The same size in bytes, in an attribute, for scripts and tests. */
export const bytesPlaceholder = '{{offline-copy-bytes}}';

/**
 * Files the service worker keeps as they are, by path: Pagefind's index
 * files and WebAssembly are compressed already; every other file is kept
 * gzip-compressed.
 */
export const keptAsIs = (path: string): boolean => /\.pf_[a-z]+$|\.pagefind$|\.wasm$/.test(path);

/** The cache where the service worker keeps the list of the copy's files once read (the copy's own cache is Workbox's). */
export const offlineListCache = 'offline-list';
