/**
 * Gate over the printed handouts of the learning paths: every PDF in
 * `dist/paths/` has no blank page and no drawing cut over two pages (its
 * title on one, its labels on the next). The same check runs on the
 * browser's print of pages in tests/e2e/print.spec.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist';
import { printProblems, readPrintedLayout } from '../helpers/print-check';

const pathsDir = join(distDir, 'paths');
const handouts = readdirSync(pathsDir, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.flatMap((d) =>
		readdirSync(join(pathsDir, d.name))
			.filter((f) => f.endsWith('.pdf'))
			.map((f) => `${d.name}/${f}`),
	);

describe('the handouts', () => {
	it('are two for each path', () => {
		expect(handouts.length).toBeGreaterThanOrEqual(10);
	});

	it.each(handouts)('%s has no blank page and no drawing over two pages', async (file) => {
		const layout = await readPrintedLayout(new Uint8Array(readFileSync(join(pathsDir, file))));
		// A handout with no drawing found would pass whatever its pages: every path has drawings in its units.
		expect(layout.figures.length, `${file}: drawings found`).toBeGreaterThan(0);
		expect(printProblems(layout), file).toEqual([]);
	});
});
