/**
 * Gate over every diagram of the build: drawn at build time as inline SVG
 * (no Mermaid runtime on the page), with a caption and a text description.
 * How they look in each theme is checked in the browser (security.spec.ts,
 * theme-and-diagrams.spec.ts, diagram-text-size.spec.ts).
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';

const withDiagrams = builtPages().filter((page) => select('figure.diagram', page.tree));

describe('diagrams', () => {
	it('are inline SVG with a caption and a text description, on pages without a Mermaid script', () => {
		expect(withDiagrams.length).toBeGreaterThan(20);
		const problems: string[] = [];
		for (const { path, tree } of withDiagrams) {
			for (const [i, figure] of selectAll('figure.diagram', tree).entries()) {
				const where = `${path} diagram ${i + 1}`;
				const caption = select('figcaption', figure);
				if (!caption || !toString(caption).trim()) problems.push(`${where}: no caption`);
				if (selectAll('svg', figure).length === 0) problems.push(`${where}: no inline SVG`);
				const description = select('details.diagram-description p', figure);
				if (!description || !toString(description).trim()) problems.push(`${where}: no text description`);
			}
			const scripts = selectAll('script[src]', tree).map((s) => String(s.properties.src));
			problems.push(...scripts.filter((src) => /mermaid/i.test(src)).map((src) => `${path}: loads ${src}`));
		}
		expect(problems).toEqual([]);
	});
});
