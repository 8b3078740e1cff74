/**
 * Replaces ```mermaid blocks with a figure holding a light and a dark SVG
 * (switched by CSS, so diagrams need no JavaScript), a caption from the
 * diagram's `accTitle` and a text description from its `accDescr`.
 */
import type { Code, Html, Root } from 'mdast';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { escapeHtml } from '../lib/html';
import { hostableSvg, UnhostableSvgError } from './diagram-svg';
import { DiagramError, type MermaidRenderer } from './mermaid-renderer';

export class DiagramSourceError extends Error {
	override name = 'DiagramSourceError';
}

/** The accessible title and description a diagram declares (`accTitle:` / `accDescr:` or `accDescr { ... }`). */
export function diagramLabels(code: string): { title?: string; description?: string } {
	const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(code)?.[1];
	const single = /^\s*accDescr\s*:\s*(.+?)\s*$/m.exec(code)?.[1];
	const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(code)?.[1];
	const description = (single ?? block)?.replace(/\s+/g, ' ').trim();
	return { title, description };
}

/** The figure's HTML: caption, both SVGs, the description. */
export function diagramFigure(svg: { light: string; dark: string }, title: string, description: string): string {
	return [
		'<figure class="diagram">',
		`<figcaption class="diagram-title">${escapeHtml(title)}</figcaption>`,
		`<div class="diagram-svg diagram-light">${svg.light}</div>`,
		`<div class="diagram-svg diagram-dark">${svg.dark}</div>`,
		`<details class="diagram-description"><summary>Text description</summary><p>${escapeHtml(description)}</p></details>`,
		'</figure>',
	].join('');
}

export function remarkMermaid({ renderer, root }: { renderer: MermaidRenderer; root: string }) {
	return async (tree: Root, file: VFile) => {
		const blocks: { node: Code; index: number; parent: { children: unknown[] } }[] = [];
		visit(tree, 'code', (node, index, parent) => {
			if (node.lang === 'mermaid' && parent && index !== undefined) blocks.push({ node, index, parent });
		});
		for (const { node, index, parent } of blocks) {
			const where = `${file.path ? relative(root, file.path) : '<unknown file>'}:${node.position?.start.line ?? '?'}`;
			const { title, description } = diagramLabels(node.value);
			if (!title || !description) {
				throw new DiagramSourceError(
					`${where}: every diagram needs an accessible title and description: add "accTitle: ..." and "accDescr: ..." lines after the diagram type.`,
				);
			}
			let svg: { light: string; dark: string };
			try {
				svg = await renderer.render(node.value);
			} catch (error) {
				if (error instanceof DiagramError) {
					throw new DiagramSourceError(`${where}: invalid Mermaid diagram: ${error.message}`);
				}
				throw error;
			}
			// Hosted under a strict Content Security Policy: no inline style attributes, stylesheets allowed by hash.
			let hosted: { light: string; dark: string };
			try {
				hosted = { light: hostableSvg(svg.light), dark: hostableSvg(svg.dark) };
			} catch (error) {
				if (error instanceof UnhostableSvgError) throw new DiagramSourceError(`${where}: diagram cannot be hosted: ${error.message}`);
				throw error;
			}
			const html: Html = { type: 'html', value: diagramFigure(hosted, title, description) };
			parent.children[index] = html;
		}
	};
}
