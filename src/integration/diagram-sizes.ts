/**
 * Writes each page's diagram size stylesheet (`src/lib/site/diagram-sizes.ts`):
 * one file per set of drawings that a page shows, named as the page's layout
 * links it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MermaidRenderer } from '../diagrams/mermaid-renderer';
import { diagramSizesFile } from '../lib/site/diagram-sizes';
import { diagramIdsOf } from '../lib/site/page-body';
import { parseHtml } from './dist-files';

/** The size stylesheets the built pages link, by file: each page's drawings, from its HTML. */
export function diagramSizeSheets(pageHtml: readonly string[]): Map<string, string[]> {
	const sheets = new Map<string, string[]>();
	for (const html of pageHtml) {
		const ids = diagramIdsOf(parseHtml(html));
		if (ids.length === 0) continue;
		const file = diagramSizesFile(ids);
		const known = sheets.get(file);
		// Two different sets of drawings under one name would give a page the wrong sizes.
		if (known && known.join(' ') !== ids.join(' '))
			throw new Error(
				`Two sets of drawings share the size stylesheet ${file}: ${known.join(', ')} and ${ids.join(', ')}`,
			);
		sheets.set(file, ids);
	}
	return sheets;
}

/** Writes the size stylesheets of the built pages; returns how many. */
export function writeDiagramSizes(
	distDir: string,
	pageHtml: readonly string[],
	renderer: Pick<MermaidRenderer, 'sizeRulesOf'>,
): number {
	const sheets = diagramSizeSheets(pageHtml);
	for (const [file, ids] of sheets) {
		mkdirSync(dirname(join(distDir, file)), { recursive: true });
		writeFileSync(join(distDir, file), `${renderer.sizeRulesOf(ids)}\n`);
	}
	return sheets.size;
}
