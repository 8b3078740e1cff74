/**
 * The workplace's content checks live beside the repository, in
 * `../shared/tools/`, not in it: they read the paper, which the project
 * does not carry. On a machine without that folder a developer is told and
 * the check is skipped; under CI (`CI=true`) a missing tool fails, so a run
 * that could not check the content never passes as if it had.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The path of a file of the shared folder (`tools/overlap-check.mjs`, `paper/paper.txt`), or undefined where the folder is not beside the repository. */
export function sharedFile(file: string): string | undefined {
	const path = fileURLToPath(new URL(`../../../shared/${file}`, import.meta.url));
	return existsSync(path) ? path : undefined;
}

/** The path of a shared tool, or exits: 0 with a note on a developer's machine, 1 under CI. */
export const requireSharedTool = (name: string, env: NodeJS.ProcessEnv = process.env): string =>
	requireSharedFile(`tools/${name}`, env);

/** The path of a file of the shared folder, or exits: 0 with a note on a developer's machine, 1 under CI. */
export function requireSharedFile(file: string, env: NodeJS.ProcessEnv = process.env): string {
	const path = sharedFile(file);
	if (path) return path;
	const name = file.split('/').at(-1)!;
	const where = `../shared/${file} not found beside the repository`;
	if (env.CI === 'true') {
		console.error(`${name}: ${where}; CI must run every content check.`);
		process.exit(1);
	}
	console.log(`${name}: ${where}; skipped.`);
	process.exit(0);
}

/** Runs a shared tool with Node and returns what it printed and its exit status. */
export function runSharedTool(path: string, args: string[], cwd?: string): { output: string; status: number } {
	const result = spawnSync(process.execPath, [path, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { output: `${result.stdout ?? ''}${result.stderr ?? ''}`, status: result.status ?? 1 };
}
