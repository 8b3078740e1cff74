/**
 * The plugin that drops Vite's preload helper (src/integration/lazy-imports.ts),
 * on a two-module bundle built with Vite's own build: the lazy module still
 * loads, with a plain import(), and no helper code is shipped; a lazy module
 * that imports a stylesheet stops the build, naming the chunk and the fix.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { lazyImportsWithoutPreload } from '../../src/integration/lazy-imports';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(lazyModule: string) {
	root = mkdtempSync(join(tmpdir(), 'lazy-imports-'));
	writeFileSync(join(root, 'index.html'), '<script type="module" src="./page.js"></script>');
	writeFileSync(
		join(root, 'page.js'),
		"document.addEventListener('click', () => void import('./lazy.js').then((m) => m.run()));",
	);
	writeFileSync(join(root, 'lazy.js'), lazyModule);
	writeFileSync(join(root, 'lazy.css'), 'p { color: red; }');
	return () =>
		build({
			root,
			logLevel: 'silent',
			configFile: false,
			plugins: [lazyImportsWithoutPreload()],
			build: { outDir: join(root, 'out'), minify: false },
		});
}

const script = (name: string) => {
	const dir = join(root, 'out', 'assets');
	const file = readdirSync(dir).find((f) => f.startsWith(name) && f.endsWith('.js'));
	return readFileSync(join(dir, file!), 'utf8');
};

describe('lazy imports without the preload helper', () => {
	it('bundles the lazy module as its own chunk, loaded by a plain import(), with no preloading code', async () => {
		await project("export const run = () => document.body.append('loaded');")();
		const page = script('index-');
		expect(page).toMatch(/import\(["'`]\.\/lazy-[\w-]+\.js["'`]\)/);
		expect(page).not.toMatch(/modulepreload|relList|vite:preloadError/);
		expect(script('lazy-')).toContain('loaded');
	});

	it('stops the build when a lazy module imports a stylesheet, which only the real helper would link', async () => {
		const bundle = project("import './lazy.css';\nexport const run = () => {};");
		await expect(bundle()).rejects.toThrow(/index-[\w-]+\.js: .*imports a stylesheet.*loadStylesheet/s);
	});
});
