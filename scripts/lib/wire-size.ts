/**
 * The bytes of a response body on the wire, as Chromium reports them to
 * Playwright, with the one case it gets wrong: a dedicated worker's own
 * script (the search worker) is reported as empty though it was fetched.
 * That script is weighed from `dist/` as scripts/serve-dist.mjs sends it
 * (gzip at its default level). A response from the memory cache, reported
 * as -1, fetched nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function bodyOnTheWire(url: string, reportedBodySize: number, distDir: string, origin: string): number {
	if (reportedBodySize !== 0) return Math.max(0, reportedBodySize);
	const { origin: from, pathname } = new URL(url);
	if (from !== origin || !pathname.endsWith('.js')) return 0;
	const file = join(distDir, pathname);
	return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}
