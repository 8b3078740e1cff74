/**
 * Builds a small copy of the site from a fixture content folder, to test how
 * the real build reacts to good and bad input. The copy shares the
 * project's code and node_modules; only `content/` differs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
	/** Runs `astro build`; returns the exit code and everything it printed. */
	build(): { code: number; output: string };
	remove(): void;
}

export function createFixtureSite(content = minimalContent): FixtureSite {
	const tmp = join(projectRoot, 'tests', '.tmp');
	mkdirSync(tmp, { recursive: true });
	const root = mkdtempSync(join(tmp, 'site-'));
	for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		cpSync(join(projectRoot, item), join(root, item), { recursive: true });
	}
	cpSync(content, join(root, 'content'), { recursive: true });
	symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
	return {
		root,
		write(path, text) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		},
		read: (path) => readFileSync(join(root, path), 'utf8'),
		delete: (path) => rmSync(join(root, path)),
		build() {
			const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
				timeout: 240_000,
			});
			return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
		},
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}
