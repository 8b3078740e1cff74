/** The inline `<style>` elements of a piece of HTML, found by parsing it (the diagrams' SVG stylesheets). */
import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { styleHash } from './security-policy';

/** The text of every `<style>` element, HTML or SVG, in document order. */
export function inlineStyles(tree: Root): string[] {
	const styles: string[] = [];
	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'style') styles.push(node.children.map((c) => (c as Text).value ?? '').join(''));
	});
	return styles;
}

/** CSP hash sources for the inline stylesheets of an HTML fragment or document, without duplicates. */
export function inlineStyleHashes(html: string, options: { fragment?: boolean } = {}): string[] {
	return [...new Set(inlineStyles(fromHtml(html, { fragment: options.fragment ?? true })).map(styleHash))].sort();
}
