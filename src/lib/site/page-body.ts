/**
 * What the page's layout needs to know about a rendered body, read from one
 * parse of it: the inline stylesheets the security policy must allow by hash,
 * and whether the body draws a Mermaid diagram (then, and only then, the page
 * links the diagrams' stylesheet, and the sizes of its own drawings).
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { inlineStyles } from '../security/inline-styles';
import { styleHash } from '../security/security-policy';

export interface BodyFacts {
	/** CSP hash sources of the body's inline stylesheets, sorted, each once. */
	styleHashes: string[];
	/** Whether the body holds a diagram drawn from Mermaid (a `figure.diagram`). */
	drawsDiagram: boolean;
	/** The ids of the drawings in its diagrams, sorted: the page's size rules (`diagram-sizes.ts`). */
	diagramIds: string[];
}

const isDiagram = (node: Element) =>
	node.tagName === 'figure' &&
	Array.isArray(node.properties.className) &&
	node.properties.className.includes('diagram');

/** The ids of the SVG drawings inside a page's (or a body's) diagrams, sorted, each once. */
export function diagramIdsOf(tree: Root): string[] {
	const ids = new Set<string>();
	visit(tree, 'element', (node: Element) => {
		if (!isDiagram(node)) return;
		visit(node, 'element', (inner: Element) => {
			if (inner.tagName === 'svg' && typeof inner.properties.id === 'string') ids.add(inner.properties.id);
		});
	});
	return [...ids].sort();
}

export function bodyFacts(html: string): BodyFacts {
	const tree = fromHtml(html, { fragment: true });
	let drawsDiagram = false;
	visit(tree, 'element', (node: Element) => {
		if (isDiagram(node)) drawsDiagram = true;
	});
	return {
		styleHashes: [...new Set(inlineStyles(tree).map(styleHash))].sort(),
		drawsDiagram,
		diagramIds: diagramIdsOf(tree),
	};
}
