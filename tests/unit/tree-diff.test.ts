import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { treeDifferences } from '../../scripts/lib/tree-diff';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tree(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'tree-'));
	dirs.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

it('the reproducibility check names files that differ in bytes or exist on one side only', () => {
	const a = tree({ 'index.html': 'a', 'x/page.html': 'same', 'only-a.txt': '' });
	const b = tree({ 'index.html': 'b', 'x/page.html': 'same', 'y/only-b.txt': '' });
	expect(treeDifferences(a, b)).toEqual([
		'differs: index.html',
		'only in the first: only-a.txt',
		'only in the second: y/only-b.txt',
	]);
	expect(treeDifferences(a, a)).toEqual([]);
});
