#!/usr/bin/env node
/**
 * Lighthouse (mobile, its default simulated throttling) on a few pages of
 * the built site (`dist/`, served by serve-dist.mjs under its `_headers`),
 * in the system Chromium: each category score and LCP, CLS and TBT.
 * Prints figures only. Port: BENCH_PORT (default 4398) and the next one for
 * Chromium's debugging port.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserArgs, findBrowser } from '../src/build/find-browser.ts';

const port = Number(process.env.BENCH_PORT ?? 4398);
const origin = `http://127.0.0.1:${port}`;
/** The pages measured: the arguments (`/search/?q=gmp`), or a home page, a concept, a case and a search. */
const requested = process.argv.slice(2).filter((a) => a.startsWith('/'));
const pages = requested.length > 0 ? requested : ['/', '/concepts/joint-action/', '/cases/sialkot/', '/search/?q=joint+action'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = spawn(process.execPath, [new URL('./serve-dist.mjs', import.meta.url).pathname, String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 600));
const chrome = await launch({
	chromePath: findBrowser(),
	port: port + 1,
	chromeFlags: ['--headless=new', ...browserArgs],
	logLevel: 'silent',
});
try {
	// Performance scores follow the machine's load: Lighthouse scales its CPU throttling from the observed speed.
	console.log(`\nLighthouse 12 (mobile, simulated throttling), scores 0-100; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
	console.log('  perf  a11y  best   seo |      LCP     CLS      TBT  page');
	for (const path of pages) {
		const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		const { categories: scores, audits } = result.lhr;
		const score = (c: (typeof categories)[number]) => String(Math.round((scores[c]?.score ?? 0) * 100)).padStart(6);
		const ms = (id: string) => `${Math.round(audits[id]?.numericValue ?? NaN)} ms`.padStart(9);
		const cls = (audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3).padStart(8);
		console.log(
			`${categories.map(score).join('')} |${ms('largest-contentful-paint')}${cls}${ms('total-blocking-time')}  ${path}`,
		);
		const failed = Object.values(scores)
			.flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => audits[r.id]))
			.filter((a) => a && a.score !== null && a.score < 0.9)
			.map((a) => a.id);
		if (failed.length > 0) console.log(`        below 90: ${[...new Set(failed)].join(', ')}`);
		const work = (audits['mainthread-work-breakdown']?.details as { items?: { groupLabel: string; duration: number }[] } | undefined)?.items ?? [];
		console.log(`        main thread: ${work.slice(0, 4).map((w) => `${w.groupLabel} ${Math.round(w.duration)} ms`).join(', ')}`);
	}
} finally {
	chrome.kill();
	server.kill();
}
