#!/usr/bin/env node
/**
 * Measures the build and the pages: cold and warm build time, pages built,
 * browser launches, the time each build step and the maps and charts took
 * (from the build's report), and per page the HTML, CSS and JS
 * bytes, raw and gzip; then, in Chromium, first visits of a page of each kind
 * against its content floor (bench-first-visit.ts) and the cost of a search; Lighthouse on
 * a few pages, and build time per page at 1x and 10x the content. Prints
 * figures; asserts nothing (the size budgets are gates in tests/dist).
 *
 *   npm run bench                      everything
 *   npm run bench -- --quick           skip the cold build (reuse caches)
 *   npm run bench -- --no-first-visit --no-search --no-lighthouse --no-scaling   skip parts
 *   npm run bench -- --reproducible    also a second cold build, compared byte for byte with the first
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlFiles, urlPathOf } from '../src/integration/dist-files.ts';
import { pageWeight } from './lib/page-weight.ts';
import { treeDifferences } from './lib/tree-diff.ts';
import { readBuildReport, type BuildReport } from '../src/lib/report/build-report.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));

interface BuildRun {
	seconds: number;
	/** HTML pages written. */
	pages: number;
	/** The build's report on its steps (`src/lib/report/build-report.ts`), one line each. */
	report: BuildReport;
}

const { SOCIAL_CARD_CACHE_DIR: _elsewhere, ...withoutCardCache } = process.env;

function build(label: string): BuildRun {
	const start = performance.now();
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
		// The card cache of this project (node_modules/.cache/social-cards), which the cold run empties.
		env: { ...withoutCardCache, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	const seconds = (performance.now() - start) / 1000;
	if (result.status !== 0) {
		console.error(`${result.stdout}${result.stderr}`);
		throw new Error(`${label} build failed`);
	}
	const report = readBuildReport(root);
	return { seconds, pages: Number(report.pages ?? NaN), report };
}

/** A step's line of a build's report. */
const step = (run: BuildRun, name: string) => run.report[name] ?? `no ${name} line`;

const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);

async function pageWeights() {
	const rows = [];
	for (const file of htmlFiles(dist)) {
		const path = urlPathOf(file);
		rows.push({ path, ...(await pageWeight(dist, file, path)) });
	}
	return rows;
}

console.log('Benchmark of the site build (2 cores; figures from this run only)\n');
let cold: BuildRun | undefined;
if (!args.has('--quick')) {
	// Cold: no previous output, no Astro cache, no diagram cache.
	for (const dir of [
		'dist',
		'.astro',
		'node_modules/.astro',
		'node_modules/.cache/mermaid-svg',
		'node_modules/.cache/social-cards',
		'node_modules/.cache/handout-pdf',
		'node_modules/.vite',
	]) {
		rmSync(join(root, dir), { recursive: true, force: true });
	}
	cold = build('cold');
	if (args.has('--reproducible')) {
		// A second clean build from cold caches must write the same bytes.
		const first = mkdtempSync(join(tmpdir(), 'dist-first-'));
		cpSync(dist, first, { recursive: true });
		for (const dir of [
			'dist',
			'.astro',
			'node_modules/.astro',
			'node_modules/.cache/mermaid-svg',
			'node_modules/.vite',
		]) {
			rmSync(join(root, dir), { recursive: true, force: true });
		}
		build('second cold');
		const differences = treeDifferences(first, dist);
		console.log(
			`reproducible: ${differences.length === 0 ? 'two cold builds wrote identical bytes' : `${differences.length} difference(s):\n  ${differences.slice(0, 20).join('\n  ')}`}`,
		);
		rmSync(first, { recursive: true, force: true });
	}
}
const warm = build('warm');
if (cold)
	console.log(`cold build: ${cold.seconds.toFixed(1)} s, ${cold.pages} pages, diagrams: ${step(cold, 'diagrams')}`);
console.log(`warm build: ${warm.seconds.toFixed(1)} s, ${warm.pages} pages, diagrams: ${step(warm, 'diagrams')}`);
for (const [label, run] of [
	['cold', cold],
	['warm', warm],
] as const) {
	if (!run) continue;
	console.log(`  ${label}: social cards: ${step(run, 'social cards')}`);
	console.log(`  ${label}: citations: ${step(run, 'citations')}; published anchors: ${step(run, 'anchors')}`);
	console.log(`  ${label}: maps and charts: ${step(run, 'maps and charts')}`);
}
if (cold)
	console.log(
		`cold build, added by teaching material: handouts: ${step(cold, 'handouts')}; course packages: ${step(cold, 'course packages')}`,
	);
console.log(
	`warm build, added by teaching material: handouts: ${step(warm, 'handouts')}; course packages: ${step(warm, 'course packages')}`,
);
console.log(`pages built: ${warm.pages}`);
console.log(`offline copy (Save for offline): ${step(warm, 'offline copy')}\n`);

const rows = await pageWeights();
console.log('per page, KiB: HTML raw / gzip | CSS raw / gzip | JS raw / gzip');
for (const r of rows) {
	console.log(
		`${kb(r.html.raw)} /${kb(r.html.gzip)} |${kb(r.css.raw)} /${kb(r.css.gzip)} |${kb(r.js.raw)} /${kb(r.js.gzip)}  ${r.path}`,
	);
}
const max = (pick: (r: (typeof rows)[number]) => number) => Math.max(...rows.map(pick));
const median = (pick: (r: (typeof rows)[number]) => number) => {
	const v = rows.map(pick).sort((a, b) => a - b);
	return v[Math.floor(v.length / 2)];
};
console.log(
	`\nmedian page: HTML ${kb(median((r) => r.html.gzip))} KiB gzip, CSS ${kb(median((r) => r.css.gzip))} KiB gzip, JS ${kb(median((r) => r.js.gzip))} KiB gzip`,
);
console.log(
	`largest:     HTML ${kb(max((r) => r.html.gzip))} KiB gzip, CSS ${kb(max((r) => r.css.gzip))} KiB gzip, JS ${kb(max((r) => r.js.gzip))} KiB gzip`,
);
// The pictures drawn at build time are part of their pages' HTML.
console.log('\nmaps and charts, KiB gzip (HTML with its SVG | CSS | JS):');
// Which pages hold them, the build says (the site's URLs are built in one module, which Node cannot load here).
for (const path of (warm.report['figure pages'] ?? '').split(' ').filter(Boolean)) {
	const r = rows.find((row) => row.path === path);
	console.log(r ? `${kb(r.html.gzip)} |${kb(r.css.gzip)} |${kb(r.js.gzip)}  ${path}` : `  (not built)  ${path}`);
}
for (const [flag, script] of [
	['--no-first-visit', 'bench-first-visit.ts'],
	['--no-search', 'bench-search.ts'],
	['--no-lighthouse', 'bench-lighthouse.ts'],
	['--no-scaling', 'bench-scaling.ts'],
]) {
	if (args.has(flag)) continue;
	const part = spawnSync(process.execPath, [join(root, 'scripts', script)], { cwd: root, stdio: 'inherit' });
	if (part.status !== 0) process.exitCode = 1;
}
