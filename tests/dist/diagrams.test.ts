/**
 * Gate over every diagram of the build: drawn at build time as inline SVG
 * (no Mermaid runtime on the page), with a caption and a text description;
 * each page links the size rules of its own drawings, and only those.
 * How they look in each theme is checked in the browser (security.spec.ts,
 * theme-and-diagrams.spec.ts, diagram-text-size.spec.ts).
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from '../helpers/dist';
import { siteFiles } from '../../src/lib/site/urls';
import { diagramSizesFolder } from '../../src/lib/site/diagram-sizes';

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

	it("size each page's drawings in a stylesheet of the page's own, and only there", () => {
		const problems: string[] = [];
		for (const { path, tree } of withDiagrams) {
			const ids = selectAll('figure.diagram svg[id]', tree).map((svg) => String(svg.properties.id));
			const sheets = selectAll('link[rel="stylesheet"]', tree)
				.map((link) => String(link.properties.href))
				.filter((href) => href.startsWith(`/${diagramSizesFolder}/`));
			if (sheets.length !== 1) {
				problems.push(`${path}: ${sheets.length} size stylesheets`);
				continue;
			}
			const file = join(distDir, sheets[0]!);
			if (!existsSync(file)) {
				problems.push(`${path}: ${sheets[0]} is missing`);
				continue;
			}
			const rules = readFileSync(file, 'utf8');
			problems.push(...ids.filter((id) => !rules.includes(`#${id}{width:`)).map((id) => `${path}: no width for ${id}`));
			const sized = [...rules.matchAll(/#(mermaid-[\w-]+)\{width:/g)].map((m) => m[1]);
			problems.push(...sized.filter((id) => !ids.includes(id!)).map((id) => `${path}: sizes ${id}, not on the page`));
		}
		expect(problems).toEqual([]);
		// The shared stylesheet holds the diagrams' looks, no drawing's size.
		expect(readFileSync(join(distDir, siteFiles.diagramStyles), 'utf8')).not.toMatch(/#mermaid-[\w-]+\{width:/);
	});
});
