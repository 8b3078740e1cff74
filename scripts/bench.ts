#!/usr/bin/env node
/**
 * Measures the build and the pages: cold and warm build time, pages built,
 * browser launches on the warm build, and per page the HTML, CSS and JS
 * bytes, raw and gzip. With `--search`, also the cost of a search in
 * Chromium against the built site. Prints figures; asserts nothing.
 *
 *   npm run bench            build figures and page sizes
 *   npm run bench -- --quick skip the cold build (reuse caches)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { selectAll } from 'hast-util-select';
import { readDistPages } from '../src/build/dist-files.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));

interface BuildRun {
	seconds: number;
	pages: number;
	launches: number;
	diagrams: string;
	/** The offline copy the service worker keeps on request, as the build measured it. */
	offline: string;
}

function build(label: string): BuildRun {
	const start = performance.now();
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	const seconds = (performance.now() - start) / 1000;
	const output = `${result.stdout}${result.stderr}`;
	if (result.status !== 0) {
		console.error(output);
		throw new Error(`${label} build failed`);
	}
	const diagrams = /diagrams: (.*)/.exec(output)?.[1] ?? 'no diagram line';
	const launches = Number(/browser launches: (\d+)/.exec(output)?.[1] ?? NaN);
	const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN);
	const offline = /offline copy: (.*)/.exec(output)?.[1] ?? 'no offline copy line';
	return { seconds, pages, launches, diagrams, offline };
}

const sizes = (buffers: Buffer[]) => ({
	raw: buffers.reduce((n, b) => n + b.length, 0),
	gzip: buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
});
const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);

function pageWeights() {
	const rows = [];
	for (const { path, bytes, tree } of readDistPages(dist)) {
		const asset = (href: unknown) => readFileSync(join(dist, String(href).split('?')[0]));
		const css = selectAll('link[rel~="stylesheet"][href]', tree).map((e) => asset(e.properties.href));
		const js = selectAll('script[src]', tree).map((e) => asset(e.properties.src));
		rows.push({ path, html: sizes([bytes]), css: sizes(css), js: sizes(js) });
	}
	return rows;
}

console.log('Benchmark of the site build (2 cores; figures from this run only)\n');
let cold: BuildRun | undefined;
if (!args.has('--quick')) {
	// Cold: no previous output, no Astro cache, no diagram cache.
	for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.cache/mermaid-svg', 'node_modules/.vite']) {
		rmSync(join(root, dir), { recursive: true, force: true });
	}
	cold = build('cold');
}
const warm = build('warm');
if (cold) console.log(`cold build: ${cold.seconds.toFixed(1)} s, ${cold.pages} pages, ${cold.diagrams}`);
console.log(`warm build: ${warm.seconds.toFixed(1)} s, ${warm.pages} pages, ${warm.diagrams}`);
console.log(`pages built: ${warm.pages}`);
console.log(`browser launches on the warm build: ${warm.launches}`);
console.log(`offline copy (Save for offline): ${warm.offline}\n`);

const rows = pageWeights();
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
if (!args.has('--no-search')) {
	const search = spawnSync(process.execPath, [join(root, 'scripts/bench-search.ts')], { cwd: root, stdio: 'inherit' });
	if (search.status !== 0) process.exitCode = 1;
}
