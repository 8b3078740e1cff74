import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDiagramSizes } from '../../src/integration/diagram-sizes';
import { diagramSizesFile, linkDiagramSizes, linkedDiagramSizes } from '../../src/lib/site/diagram-sizes';
import { bodyFacts } from '../../src/lib/site/page-body';
import { MermaidRenderer } from '../../src/diagrams/mermaid-renderer';

const figure = (...ids: string[]) =>
	`<figure class="diagram">${ids.map((id) => `<div class="diagram-svg"><svg id="${id}"></svg></div>`).join('')}</figure>`;

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
	it('records each linked set once and writes one stylesheet per set, with the rules of each drawing', () => {
		expect(linkDiagramSizes(['mermaid-a'])).toBe(diagramSizesFile(['mermaid-a']));
		linkDiagramSizes(['mermaid-a']);
		linkDiagramSizes(['mermaid-a', 'mermaid-b']);
		const sheets = new Map([...linkedDiagramSizes()].filter(([, ids]) => ids.every((id) => /^mermaid-[ab]$/.test(id))));
		expect([...sheets.values()]).toEqual([['mermaid-a'], ['mermaid-a', 'mermaid-b']]);
		const dir = mkdtempSync(join(tmpdir(), 'sizes-'));
		const written = writeDiagramSizes(dir, sheets, {
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
		expect(() => writeDiagramSizes(dir, new Map([['diagram-sizes/x.css', ['mermaid-gone']]]), renderer)).toThrow(
			'No size rules for the drawing mermaid-gone',
		);
	});
});
