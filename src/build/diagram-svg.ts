/**
 * Makes a Mermaid SVG fit the site's Content Security Policy, which allows
 * no inline style attribute (the SVG's `<style>` element is allowed by its
 * hash). Each distinct `style="..."` becomes a rule in that `<style>`, on a
 * class given to the elements that carried it. The rules are `!important`
 * so that, like the inline styles they replace, they win over Mermaid's
 * other rules; they are scoped by the SVG's id as Mermaid's own rules are.
 */
import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

export class UnhostableSvgError extends Error {
	override name = 'UnhostableSvgError';
}

/** `prop: value; prop: value;;` → `prop:value !important;...` (Mermaid's inline styles hold no `;` inside values). */
function importantDeclarations(style: string): string {
	return style
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean)
		.map((d) => `${d.replace(/\s*!important\s*$/i, '')} !important;`)
		.join('');
}

/** The SVG with its style attributes moved into its stylesheet; throws if it has no id or no `<style>` to move them to. */
export function hostableSvg(svgSource: string): string {
	const tree: Root = fromHtml(svgSource, { fragment: true });
	const root = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'svg');
	if (!root) throw new UnhostableSvgError('no <svg> element in the diagram');
	const id = root.properties.id;
	let stylesheet: Text | undefined;
	const classOf = new Map<string, string>();
	const rules: string[] = [];

	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'style' && node.children[0]?.type === 'text') stylesheet ??= node.children[0];
		const style = node.properties.style;
		if (style === undefined) return;
		delete node.properties.style;
		const declarations = importantDeclarations(String(style));
		if (!declarations) return;
		if (typeof id !== 'string' || !id) throw new UnhostableSvgError('an SVG with inline styles needs an id to scope them');
		if (node === root) {
			rules.push(`#${id}{${declarations}}`);
			return;
		}
		let name = classOf.get(declarations);
		if (!name) {
			name = `inline-style-${classOf.size + 1}`;
			classOf.set(declarations, name);
			rules.push(`#${id} .${name}{${declarations}}`);
		}
		const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
		node.properties.className = [...classes, name];
	});
	if (rules.length > 0) {
		if (!stylesheet) throw new UnhostableSvgError('an SVG with inline styles needs a <style> element to move them to');
		stylesheet.value += rules.join('');
	}
	return toHtml(tree);
}
