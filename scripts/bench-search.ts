#!/usr/bin/env node
/**
 * Search cost, measured in Chromium against the built site (`dist/`): bytes
 * transferred (response bodies as sent, gzip, the search worker's own script
 * included) for the first query and for later ones, and the time from the
 * last keystroke to results shown in the header dialog, which searches the
 * quick-find outlines first. Prints figures only.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bodyOnTheWire } from './lib/wire-size.ts';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from '../src/lib/chromium/find-browser.ts';

// BENCH_PORT lets several checkouts on one machine measure at once.
const port = Number(process.env.BENCH_PORT ?? 4399);
const origin = `http://127.0.0.1:${port}`;
const dist = join(new URL('..', import.meta.url).pathname, 'dist');
const server = spawn(process.execPath, [new URL('./serve-dist.mjs', import.meta.url).pathname, String(port)], {
	stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 600));

const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs });
try {
	const page = await browser.newPage();
	// Playwright reports requests of the page and of its workers (Pagefind fetches from a worker).
	let bytes = 0;
	const urls: string[] = [];
	const pending = new Set<Promise<void>>();
	page.context().on('requestfinished', (request) => {
		const sized = request.sizes().then((s) => {
			const body = bodyOnTheWire(request.url(), s.responseBodySize, dist, origin);
			bytes += body;
			urls.push(`${(body / 1024).toFixed(1).padStart(6)} KiB ${request.url()}`);
		});
		pending.add(sized);
		void sized.finally(() => pending.delete(sized));
	});
	const settle = async () => {
		await page.waitForTimeout(300);
		await Promise.all(pending);
	};

	await page.goto(`${origin}/concepts/`, { waitUntil: 'networkidle' });
	await settle();
	const pageBytes = bytes;
	const beforeSearch = urls.length;
	const searchRequestsOnLoad = urls.filter((u) => u.includes('/pagefind/')).length;
	const marks: number[] = [];

	// The dialog is built when it first opens: open it, then time from the last keystroke to the results of each query.
	await page.keyboard.press('/');
	await page.locator('[data-search-dialog-input]').waitFor();
	await page.evaluate(() => {
		const w = window as unknown as { lastKey: number; shownFor: Record<string, number> };
		w.shownFor = {};
		document.addEventListener('input', () => (w.lastKey = performance.now()), true);
		const dialog = document.querySelector('[data-search-dialog]')!;
		new MutationObserver(() => {
			const q = (dialog as HTMLElement).dataset.resultsFor;
			if (q && !(q in w.shownFor)) w.shownFor[q] = performance.now();
		}).observe(dialog, { attributes: true, attributeFilter: ['data-results-for'] });
	});

	const measure = async (query: string) => {
		const start = bytes;
		const input = page.locator('[data-search-dialog-input]');
		await input.fill('');
		await input.pressSequentially(query, { delay: 40 });
		await page.waitForFunction(
			(q) => (window as unknown as { shownFor: Record<string, number> }).shownFor[q] !== undefined,
			query,
		);
		await settle();
		const ms = await page.evaluate((q) => {
			const w = window as unknown as { lastKey: number; shownFor: Record<string, number> };
			return w.shownFor[q] - w.lastKey;
		}, query);
		return { kb: (bytes - start) / 1024, ms };
	};

	const first = await measure('absorptive capacity');
	marks.push(urls.length);
	const later = await measure('Sialkot');
	marks.push(urls.length);
	const timings = [first.ms, later.ms];
	const laterKb = [later.kb];
	for (const q of [
		'joint action',
		'GMP',
		'Bengaluru',
		'job rotation',
		'functional upgrading',
		'brain drain',
		'decent work',
	]) {
		const m = await measure(q);
		timings.push(m.ms);
		laterKb.push(m.kb);
	}
	timings.sort((a, b) => a - b);
	laterKb.sort((a, b) => a - b);
	// A query found in no title, name, summary or heading falls back to the full-text index.
	const fallback = await measure('prosperity');

	console.log('\nSearch, in Chromium against dist/ (header dialog):');
	console.log(
		`  page load before any search: ${(pageBytes / 1024).toFixed(1)} KiB, Pagefind requests on load: ${searchRequestsOnLoad}`,
	);
	console.log(
		`  first query ("absorptive capacity"), the opening of the dialog included: ${first.kb.toFixed(1)} KiB transferred, results ${first.ms.toFixed(0)} ms after the last keystroke`,
	);
	console.log(
		`  later query ("Sialkot"): ${later.kb.toFixed(1)} KiB transferred, results ${later.ms.toFixed(0)} ms after the last keystroke`,
	);
	console.log(
		`  later queries (${laterKb.length}): median ${laterKb[Math.floor(laterKb.length / 2)].toFixed(1)} KiB, max ${laterKb[laterKb.length - 1].toFixed(1)} KiB, min ${laterKb[0].toFixed(1)} KiB transferred`,
	);
	console.log(
		`  last keystroke to results over ${timings.length} queries: median ${timings[Math.floor(timings.length / 2)].toFixed(0)} ms, max ${timings[timings.length - 1].toFixed(0)} ms (includes the dialog's 60 ms typing pause)`,
	);
	console.log(
		`  a query only the full text answers ("prosperity", in no title, name, summary or heading): ${fallback.kb.toFixed(1)} KiB transferred (loads the full-text index), results ${fallback.ms.toFixed(0)} ms after the last keystroke`,
	);
	console.log(`  requests for search after page load: ${urls.length - beforeSearch}`);
	if (process.argv.includes('--verbose')) {
		console.log('first query:\n' + urls.slice(beforeSearch, marks[0]).join('\n'));
		console.log('later query:\n' + urls.slice(marks[0], marks[1]).join('\n'));
	}
} finally {
	await browser.close();
	server.kill();
}
