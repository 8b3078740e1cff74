#!/usr/bin/env node
/**
 * Lighthouse (mobile, its default simulated throttling) on a few pages of
 * the built site (`dist/`, served by serve-dist.mjs under its `_headers`),
 * in the system Chromium: each category score and LCP, CLS and TBT.
 * Scores move from run to run on the same build (Lighthouse's simulation
 * scales what it observes, and this machine's timing varies), so each page
 * is measured several times (`--runs=N`, default 3) and the run Lighthouse's
 * own `computeMedianRun` picks is printed, with the range and median of
 * the performance score and TBT over all runs.
 * Prints figures only. Port: BENCH_PORT (default 4398) and the next one for
 * Chromium's debugging port.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { browserArgs, findBrowser } from '../src/lib/chromium/find-browser.ts';

const port = Number(process.env.BENCH_PORT ?? 4398);
const origin = `http://127.0.0.1:${port}`;
/** The pages measured: the arguments (`/search/?q=gmp`), or a home page, a concept, a case and a search. */
const requested = process.argv.slice(2).filter((a) => a.startsWith('/'));
const pages =
	requested.length > 0
		? requested
		: [
				'/',
				'/concepts/joint-action/',
				'/cases/sialkot/',
				'/lessons/sialkot-soft-technologies/',
				'/paths/when-a-crisis-forces-learning/',
				'/map/concepts/',
				'/search/?q=joint+action',
			];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs= takes a whole number of runs, 1 or more');

const server = spawn(process.execPath, [new URL('./serve-dist.mjs', import.meta.url).pathname, String(port)], {
	stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 600));
const chrome = await launch({
	chromePath: findBrowser(),
	port: port + 1,
	chromeFlags: ['--headless=new', ...browserArgs],
	logLevel: 'silent',
});
try {
	// Performance scores follow the machine's load: Lighthouse scales its CPU throttling from the observed speed.
	console.log(
		`\nLighthouse 12 (mobile, simulated throttling), scores 0-100; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
	);
	console.log(
		`Median of ${runs} run${runs === 1 ? '' : 's'} a page (Lighthouse's computeMedianRun); range of perf and TBT over the runs`,
	);
	console.log('  perf  a11y  best   seo |      LCP     CLS      TBT |       perf range               TBT range  page');
	for (const path of pages) {
		const all: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
		// A run now and then records no first paint on this machine (Lighthouse's NO_FCP): it is run again, twice at most.
		let retries = 2;
		while (all.length < runs) {
			const result = await lighthouse(`${origin}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			if (result.lhr.audits['first-contentful-paint']?.numericValue === undefined && retries-- > 0) {
				console.log(
					`  (a run of ${path} recorded no first paint: ${result.lhr.runtimeError?.code ?? 'no code'}; run again)`,
				);
				continue;
			}
			all.push(result.lhr);
		}
		const { categories: scores, audits } = computeMedianRun(all as never) as unknown as (typeof all)[number];
		const score = (c: (typeof categories)[number]) => String(Math.round((scores[c]?.score ?? 0) * 100)).padStart(6);
		const ms = (id: string) => `${Math.round(audits[id]?.numericValue ?? NaN)} ms`.padStart(9);
		const cls = (audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3).padStart(8);
		const perfs = all.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
		const tbts = all.map((r) => Math.round(r.audits['total-blocking-time']?.numericValue ?? NaN));
		const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
		const range = (xs: number[], unit = '') => `${Math.min(...xs)}-${Math.max(...xs)}${unit}, median ${median(xs)}`;
		console.log(
			`${categories.map(score).join('')} |${ms('largest-contentful-paint')}${cls}${ms('total-blocking-time')} | ${range(perfs).padStart(16)} ${range(tbts, ' ms').padStart(23)}  ${path}`,
		);
		const failed = Object.values(scores)
			.flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => audits[r.id]))
			.filter((a) => a && a.score !== null && a.score < 0.9)
			.map((a) => a.id);
		if (failed.length > 0) console.log(`        below 90: ${[...new Set(failed)].join(', ')}`);
		const work =
			(
				audits['mainthread-work-breakdown']?.details as
					{ items?: { groupLabel: string; duration: number }[] } | undefined
			)?.items ?? [];
		console.log(
			`        main thread: ${work
				.slice(0, 4)
				.map((w) => `${w.groupLabel} ${Math.round(w.duration)} ms`)
				.join(', ')}`,
		);
	}
} finally {
	chrome.kill();
	server.kill();
}
