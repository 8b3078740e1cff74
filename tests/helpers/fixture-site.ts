/**
 * Builds a small copy of the site from a fixture content folder, to test how
 * the real build reacts to good and bad input. The copy shares the
 * project's code and node_modules; only `content/` differs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { expect } from 'vitest';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const minimalContent = join(projectRoot, 'tests', 'fixtures', 'minimal', 'content');

export interface FixtureSite {
	root: string;
	/** Writes (or overwrites) a file of the fixture, path relative to its root. */
	write(path: string, text: string): void;
	/** Deletes a file of the fixture. */
	delete(path: string): void;
	/** Reads a file of the fixture. */
	read(path: string): string;
	/** Reads and parses an HTML file of the fixture (usually of its `dist/`). */
	html(path: string): Root;
	/** Runs `astro build` (with extra environment variables, e.g. SITE_BASE); returns the exit code and everything it printed. */
	build(env?: Record<string, string>): { code: number; output: string };
	remove(): void;
}

/**
 * The environment of a fixture build: this process's, without the variables
 * Vitest sets for its own modules (BASE_URL, MODE, DEV, PROD, SSR), which
 * Astro would take as the build's own and so lose the configured base path.
 */
function buildEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
	return env;
}

/** The fixture sites not yet removed, for `removeFixtureSites`. */
const liveSites = new Set<FixtureSite>();

export function createFixtureSite(content = minimalContent): FixtureSite {
	const tmp = join(projectRoot, 'tests', '.tmp');
	mkdirSync(tmp, { recursive: true });
	const root = mkdtempSync(join(tmp, 'site-'));
	for (const item of ['src', 'public', 'astro.config.mjs', 'site.config.mjs', 'tsconfig.json', 'package.json']) {
		cpSync(join(projectRoot, item), join(root, item), { recursive: true });
	}
	cpSync(content, join(root, 'content'), { recursive: true });
	// The longer texts of the fixed pages are part of the site's frame, not of the content under test.
	const pageTexts = join(root, 'content', 'pages');
	if (!existsSync(pageTexts)) cpSync(join(projectRoot, 'content', 'pages'), pageTexts, { recursive: true });
	symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
	const read = (path: string) => readFileSync(join(root, path), 'utf8');
	const site: FixtureSite = {
		root,
		write(path, text) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		},
		read,
		html: (path) => fromHtml(read(path)),
		delete: (path) => rmSync(join(root, path)),
		build(env = {}) {
			const result = spawnSync(
				process.execPath,
				[join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
				{
					cwd: root,
					encoding: 'utf8',
					env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
					timeout: 240_000,
				},
			);
			return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
		},
		remove() {
			rmSync(root, { recursive: true, force: true });
			liveSites.delete(site);
		},
	};
	liveSites.add(site);
	return site;
}

/** Removes every fixture site not yet removed: a test file hooks it to `afterEach` or `afterAll`. */
export function removeFixtureSites(): void {
	for (const site of liveSites) site.remove();
}

/**
 * Files to add to the fixture or change in it, by path from its root: the
 * new text, or a function from the file's present text to its new text (an
 * edit that changes nothing fails the test, so a stale edit cannot pass).
 */
export type FixtureFiles = Record<string, string | ((text: string) => string)>;

export interface FixtureBuild {
	site: FixtureSite;
	/** The exit code of `astro build`. */
	code: number;
	/** Everything the build printed. */
	output: string;
}

/** A new fixture site with `files` written, built (with extra environment variables `env`). */
export function buildFixtureSite(files: FixtureFiles = {}, env?: Record<string, string>): FixtureBuild {
	const site = createFixtureSite();
	for (const [path, change] of Object.entries(files)) {
		if (typeof change === 'string') {
			site.write(path, change);
			continue;
		}
		const before = site.read(path);
		const after = change(before);
		expect(after, `fixture edit did not apply to ${path}`).not.toBe(before);
		site.write(path, after);
	}
	return { site, ...site.build(env) };
}

/** `buildFixtureSite`, expecting the build to succeed (its output is the failure message if not). */
export function successfulFixtureBuild(files: FixtureFiles = {}, env?: Record<string, string>): FixtureBuild {
	const build = buildFixtureSite(files, env);
	expect(build.code, build.output).toBe(0);
	return build;
}

/** `buildFixtureSite`, expecting the build to fail; returns what it printed, for the test to check the file and the reason. */
export function failedFixtureBuild(files: FixtureFiles, env?: Record<string, string>): string {
	const build = buildFixtureSite(files, env);
	expect(build.code, build.output).not.toBe(0);
	return build.output;
}
