import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramSizeSheets, writeDiagramSizes } from '../../src/integration/diagram-sizes';
import { diagramSizesFile } from '../../src/lib/site/diagram-sizes';
import { bodyFacts } from '../../src/lib/site/page-body';
import { MermaidRenderer } from '../../src/diagrams/mermaid-renderer';

const figure = (...ids: string[]) =>
	`<figure class="diagram">${ids.map((id) => `<div class="diagram-svg"><svg id="${id}"></svg></div>`).join('')}</figure>`;
const page = (body: string) => `<!DOCTYPE html><html><head><title>x</title></head><body>${body}</body></html>`;

describe("each page's diagram sizes", () => {
	it('names the stylesheet after the drawings, whatever their order', () => {
		expect(diagramSizesFile(['mermaid-b', 'mermaid-a'])).toBe(diagramSizesFile(['mermaid-a', 'mermaid-b']));
		expect(diagramSizesFile(['mermaid-a'])).not.toBe(diagramSizesFile(['mermaid-a', 'mermaid-b']));
		expect(diagramSizesFile(['mermaid-a'])).toMatch(/^diagram-sizes\/[0-9a-f]{8}\.css$/);
	});
	it('reads the drawings of a body’s diagrams, not other SVGs', () => {
		const facts = bodyFacts(`${figure('mermaid-x', 'mermaid-x-compact')}<svg id="icon"></svg>`);
		expect(facts.diagramIds).toEqual(['mermaid-x', 'mermaid-x-compact']);
		expect(bodyFacts('<p>No drawing</p>').diagramIds).toEqual([]);
	});
	it('writes one stylesheet per set of drawings, with the rules of each drawing', () => {
		const pages = [
			page(figure('mermaid-a')),
			page(figure('mermaid-a')),
			page(figure('mermaid-b', 'mermaid-a')),
			page('<p>none</p>'),
		];
		expect([...diagramSizeSheets(pages).values()]).toEqual([['mermaid-a'], ['mermaid-a', 'mermaid-b']]);
		const dir = mkdtempSync(join(tmpdir(), 'sizes-'));
		const written = writeDiagramSizes(dir, pages, {
			sizeRulesOf: (ids = []) => ids.map((id) => `#${id}{width:1px}`).join('\n'),
		});
		expect(written).toBe(2);
		expect(readFileSync(join(dir, diagramSizesFile(['mermaid-a', 'mermaid-b'])), 'utf8')).toBe(
			'#mermaid-a{width:1px}\n#mermaid-b{width:1px}\n',
		);
	});
	it('fails when a drawing has no size rules (it was not drawn in this build)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sizes-'));
		const renderer = new MermaidRenderer(join(dir, 'cache'));
		expect(() => writeDiagramSizes(dir, [page(figure('mermaid-gone'))], renderer)).toThrow(
			'No size rules for the drawing mermaid-gone',
		);
	});
});
