/**
 * What the page's layout needs to know about a rendered body, read from one
 * parse of it: the inline stylesheets the security policy must allow by hash,
 * and whether the body draws a Mermaid diagram (then, and only then, the page
 * links the diagrams' stylesheet).
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { inlineStyles } from '../security/inline-styles';
import { styleHash } from '../security/security-policy';

export interface BodyFacts {
	/** CSP hash sources of the body's inline stylesheets, sorted, each once. */
	styleHashes: string[];
	/** Whether the body holds a diagram drawn from Mermaid (a `figure.diagram`). */
	drawsDiagram: boolean;
}

const isDiagram = (node: Element) =>
	node.tagName === 'figure' &&
	Array.isArray(node.properties.className) &&
	node.properties.className.includes('diagram');

export function bodyFacts(html: string): BodyFacts {
	const tree = fromHtml(html, { fragment: true });
	let drawsDiagram = false;
	visit(tree, 'element', (node: Element) => {
		if (isDiagram(node)) drawsDiagram = true;
	});
	return { styleHashes: [...new Set(inlineStyles(tree).map(styleHash))].sort(), drawsDiagram };
}
