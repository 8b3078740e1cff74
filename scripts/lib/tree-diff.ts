/** Differences between two folders, file by file and byte by byte (for the reproducible-build check). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, as sorted paths relative to it. */
export function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
		.sort();
}

/** Paths that exist in only one folder or whose bytes differ; empty when the folders are identical. */
export function treeDifferences(a: string, b: string): string[] {
	const left = filesUnder(a);
	const right = new Set(filesUnder(b));
	const differences: string[] = [];
	for (const file of left) {
		if (!right.has(file)) differences.push(`only in the first: ${file}`);
		else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differences.push(`differs: ${file}`);
		right.delete(file);
	}
	for (const file of right) differences.push(`only in the second: ${file}`);
	return differences;
}
