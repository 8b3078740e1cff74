#!/usr/bin/env node
/**
 * How the build scales with content: builds a copy of the project with the
 * real content (1x) and with every page entry copied nine more times (10x:
 * new ids, links and references rewritten to the copies, shared data such
 * as paper sections and sources kept once), and prints build time per page.
 * Diagrams come from the diagram cache (the copies draw the same diagrams),
 * so this measures the site build, not Chromium. Prints figures only.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { readBuildReport } from '../src/lib/report/build-report.ts';
import { splitFrontmatter } from './lib/content-prose.ts';
import { referenceFields as registryReferenceFields } from '../src/lib/content/collections.ts';
import { idSource } from '../src/schemas/id-pattern.ts';
import { unitCollections, type UnitCollection } from '../src/schemas/units.ts';

const root = new URL('..', import.meta.url).pathname;
/** The unit collections (one MDX file per entry) and the frontmatter fields that hold ids of their entries. */
const pageCollections = unitCollections;
const isUnit = (collection: string): collection is UnitCollection =>
	(unitCollections as readonly string[]).includes(collection);
const referenceFields = Object.fromEntries(
	Object.entries(registryReferenceFields).filter(([, collection]) => isUnit(collection)),
) as Record<string, UnitCollection>;
const entryLink = new RegExp(`\\]\\((${pageCollections.join('|')}):(${idSource})`, 'g');

/** One MDX entry rewritten as copy `k`: its references and entry links point to the other copies. */
function copyEntry(source: string, prefix: string, ids: Record<string, Set<string>>): string {
	const { frontmatter, body } = splitFrontmatter(source);
	const data = load(frontmatter) as Record<string, unknown>;
	const rename = (collection: string, id: unknown) =>
		typeof id === 'string' && ids[collection].has(id) ? `${prefix}${id}` : id;
	for (const [field, collection] of Object.entries(referenceFields)) {
		const value = data[field];
		if (Array.isArray(value)) data[field] = value.map((id) => rename(collection, id));
		else if (value !== undefined) data[field] = rename(collection, value);
	}
	const links = body.replace(entryLink, (all, collection: string, id: string) =>
		ids[collection].has(id) ? `](${collection}:${prefix}${id}` : all,
	);
	return `---\n${dump(data, { lineWidth: -1 })}---\n${links}`;
}

/** A copy of the project whose content is the real content `factor` times over. */
function scaledProject(factor: number): string {
	const tmp = join(root, 'tests', '.tmp');
	mkdirSync(tmp, { recursive: true });
	const dir = mkdtempSync(join(tmp, `scale-${factor}x-`));
	for (const item of [
		'src',
		'public',
		'astro.config.mjs',
		'site.config.mjs',
		'tsconfig.json',
		'package.json',
		'content',
	]) {
		cpSync(join(root, item), join(dir, item), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const files = Object.fromEntries(
		pageCollections.map((c) => [c, readdirSync(join(root, 'content', c)).filter((f) => f.endsWith('.mdx'))]),
	);
	const ids = Object.fromEntries(
		pageCollections.map((c) => [c, new Set(files[c].map((f) => f.replace(/\.mdx$/, '')))]),
	);
	for (let k = 2; k <= factor; k++) {
		const prefix = `copy${k}-`;
		for (const c of pageCollections) {
			for (const f of files[c]) {
				writeFileSync(
					join(dir, 'content', c, `${prefix}${f}`),
					copyEntry(readFileSync(join(root, 'content', c, f), 'utf8'), prefix, ids),
				);
			}
		}
	}
	return dir;
}

function timedBuild(dir: string) {
	const start = performance.now();
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		maxBuffer: 64 * 1024 * 1024,
	});
	const seconds = (performance.now() - start) / 1000;
	if (result.status !== 0) throw new Error(`scaled build failed:\n${`${result.stdout}${result.stderr}`.slice(-4000)}`);
	return { seconds, pages: Number(readBuildReport(dir).pages ?? NaN) };
}

console.log('\nScaling: build time per page with the content at 1x and 10x (warm diagram cache)');
const runs: { factor: number; seconds: number; pages: number }[] = [];
for (const factor of [1, 10]) {
	const dir = scaledProject(factor);
	try {
		runs.push({ factor, ...timedBuild(dir) });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	const r = runs.at(-1)!;
	console.log(
		`  ${String(factor).padStart(2)}x: ${r.pages} pages in ${r.seconds.toFixed(1)} s, ${((r.seconds / r.pages) * 1000).toFixed(1)} ms per page`,
	);
}
const [one, ten] = runs;
console.log(
	`  per-page cost at 10x = ${(ten.seconds / ten.pages / (one.seconds / one.pages)).toFixed(2)} x the cost at 1x (target: at most 1.2)`,
);
