/**
 * Writes each page's diagram size stylesheet (`src/lib/site/diagram-sizes.ts`):
 * one file per set of drawings that a page shows, as the layout linked it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MermaidRenderer } from '../diagrams/mermaid-renderer';

/** Writes the size stylesheets (file → the drawings it sizes); returns how many. */
export function writeDiagramSizes(
	distDir: string,
	sheets: ReadonlyMap<string, readonly string[]>,
	renderer: Pick<MermaidRenderer, 'sizeRulesOf'>,
): number {
	for (const [file, ids] of sheets) {
		mkdirSync(dirname(join(distDir, file)), { recursive: true });
		writeFileSync(join(distDir, file), `${renderer.sizeRulesOf(ids)}\n`);
	}
	return sheets.size;
}
