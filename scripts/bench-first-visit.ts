#!/usr/bin/env node
/**
 * First visits, measured in Chromium against the built site (`dist/`, served
 * gzip-compressed by serve-dist.mjs): for one page of each kind, the bytes a
 * reader's browser downloads with an empty cache until the page is loaded
 * and the network is quiet (by kind: HTML, CSS, JS, other), the page's
 * content floor (gzip size of its own text and drawings, from `dist/`), and
 * their ratio; then the bytes of a first search, from the search page and
 * from the header dialog. The offline worker a page registers after load, and
 * what it fetches as it installs, are reported apart: they download in the
 * background, after the page is shown.
 * Prints figures only; the size gates are tests/dist/budgets.test.ts.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { browserArgs, findBrowser } from '../src/lib/chromium/find-browser.ts';
import { contentFloor } from './lib/page-weight.ts';
import { bodyOnTheWire } from './lib/wire-size.ts';
import { fileOfUrlPath } from '../src/integration/dist-files.ts';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.BENCH_PORT ?? 4397);
const origin = `http://127.0.0.1:${port}`;
/** One page of each kind (the home page, an entry of each collection, a path, the two maps). */
const samples = [
	['home', '/'],
	['concept', '/concepts/joint-action/'],
	['case', '/cases/sialkot/'],
	['lesson', '/lessons/sialkot-soft-technologies/'],
	['recommendation', '/recommendations/cluster-skill-centres/'],
	['path', '/paths/when-a-crisis-forces-learning/'],
	['concept map', '/map/concepts/'],
	['cluster map', '/map/clusters/'],
] as const;

const server = spawn(process.execPath, [new URL('./serve-dist.mjs', import.meta.url).pathname, String(port)], {
	stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 600));

type Kind = 'html' | 'css' | 'js' | 'other' | 'worker';

/** Bytes on the wire (bodies as sent, compressed; headers depend on the host and are left out) by kind, from the moment of the call. */
function meter(context: BrowserContext) {
	const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0, worker: 0 };
	/** When each response ended (ms since the epoch) and its bytes, but the worker's. */
	const ends: { end: number; bytes: number }[] = [];
	const pending = new Set<Promise<void>>();
	context.on('requestfinished', (request) => {
		const sized = request.sizes().then((s) => {
			const type = request.resourceType();
			// The offline worker's script and what it fetches as it installs (its fallback page) come after the page, in the background.
			const kind: Kind =
				request.url().endsWith('/sw.js') || request.serviceWorker()
					? 'worker'
					: type === 'document'
						? 'html'
						: type === 'stylesheet'
							? 'css'
							: type === 'script'
								? 'js'
								: 'other';
			const size = bodyOnTheWire(request.url(), s.responseBodySize, join(root, 'dist'), origin);
			bytes[kind] += size;
			const timing = request.timing();
			if (kind !== 'worker') ends.push({ end: timing.startTime + timing.responseEnd, bytes: size });
		});
		pending.add(sized);
		void sized.finally(() => pending.delete(sized));
	});
	return {
		bytes,
		/** Bytes so far, but the worker's, once the responses already finished are sized. */
		total: async () => {
			await Promise.all(pending);
			return bytes.html + bytes.css + bytes.js + bytes.other;
		},
		/** Bytes, but the worker's, of the responses that had ended by a moment (ms since the epoch). */
		endedBy: async (moment: number) => {
			await Promise.all(pending);
			return ends.filter((e) => e.end <= moment).reduce((n, e) => n + e.bytes, 0);
		},
		settled: async (page: Page) => {
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(300);
			await Promise.all(pending);
		},
	};
}

const kb = (n: number) => (n / 1024).toFixed(1);

/** What a first visit should weigh at most (issue #20): 2.5 times the page's content floor, or 10 KB (10,000 bytes) where that is more. */
const firstVisitTarget = (floor: number) => Math.max(2.5 * floor, 10_000);

/**
 * Runs in the page: notes the moment (ms since the epoch) a result first
 * enters a list, so that what loads after it (the search page's full text,
 * once its first results show) is counted apart.
 */
function firstResultClock(listSelector: string) {
	const w = window as unknown as { __firstResultAt?: number };
	const watch = () => {
		const list = document.querySelector(listSelector);
		if (!list) return;
		new MutationObserver((_records, observer) => {
			if (!list.querySelector('li')) return;
			w.__firstResultAt = performance.timeOrigin + performance.now();
			observer.disconnect();
		}).observe(list, { childList: true });
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
	else watch();
}
const firstResultAt = (page: Page) =>
	page.evaluate(() => (window as unknown as { __firstResultAt?: number }).__firstResultAt ?? Infinity);
const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs });
try {
	console.log('\nFirst visit, in Chromium against dist/ (empty cache; KiB of bodies on the wire, gzip):');
	console.log(
		'  kind            total |  HTML   CSS    JS other | floor  ratio |  target    | worker after load  page',
	);
	for (const [kind, path] of samples) {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		const m = meter(context);
		await page.goto(`${origin}${path}`, { waitUntil: 'load' });
		await m.settled(page);
		await context.close();
		const { html, css, js, other, worker } = m.bytes;
		const total = html + css + js + other;
		const floor = contentFloor(fromHtml(readFileSync(join(root, 'dist', fileOfUrlPath(path)), 'utf8'))).gzip;
		const target = firstVisitTarget(floor);
		console.log(
			`  ${kind.padEnd(14)} ${kb(total).padStart(6)} | ${[html, css, js, other].map((n) => kb(n).padStart(5)).join(' ')} | ${kb(floor).padStart(5)} ${(total / floor).toFixed(2).padStart(5)}x | ${kb(target).padStart(5)} ${total <= target ? 'met' : 'over'} | ${kb(worker).padStart(6)}  ${path}`,
		);
	}

	console.log('\nFirst search (empty cache; KiB of bodies on the wire):');
	{
		// From the search page: everything the page loads until the first result is on screen.
		// The offline worker, once it controls the page, would fetch on its behalf: the searches are measured without it.
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		const m = meter(context);
		await page.addInitScript(firstResultClock, '[data-search-results]');
		await page.goto(`${origin}/search/?q=joint+action`, { waitUntil: 'load' });
		await page.locator('[data-search-results] li').first().waitFor();
		await m.settled(page);
		const atFirstResult = await m.endedBy(await firstResultAt(page));
		await m.settled(page);
		await context.close();
		const { html, css, js, other } = m.bytes;
		console.log(
			`  search page /search/?q=joint+action: ${kb(atFirstResult)} when the first result shows; ${kb(html + css + js + other)} once the network is quiet (HTML ${kb(html)}, CSS ${kb(css)}, JS ${kb(js)}, index and results ${kb(other)})`,
		);
	}
	{
		// From the header dialog of a concept page: what the first query adds to the page's own load.
		// The offline worker, once it controls the page, would fetch on its behalf: the searches are measured without it.
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		const m = meter(context);
		await page.goto(`${origin}/concepts/joint-action/`, { waitUntil: 'load' });
		await m.settled(page);
		const before = Object.values(m.bytes).reduce((a, b) => a + b, 0) - m.bytes.worker;
		const beforeJs = m.bytes.js;
		await page.evaluate(firstResultClock, '[data-search-dialog-results]');
		await page.keyboard.press('/');
		await page.locator('[data-search-dialog-input]').pressSequentially('joint action', { delay: 40 });
		await page.locator('[data-search-dialog-results] li').first().waitFor();
		await m.settled(page);
		const atFirstResult = (await m.endedBy(await firstResultAt(page))) - before;
		await m.settled(page);
		await context.close();
		const after = Object.values(m.bytes).reduce((a, b) => a + b, 0) - m.bytes.worker;
		console.log(
			`  header dialog, "joint action" on /concepts/joint-action/, after the page's own load: ${kb(atFirstResult)} when the first result shows; ${kb(after - before)} once the network is quiet (JS ${kb(m.bytes.js - beforeJs)}, index and results ${kb(after - before - (m.bytes.js - beforeJs))})`,
		);
	}
} finally {
	await browser.close();
	server.kill();
}
