/**
 * Turns the SVG Mermaid draws into the SVG the site serves: smaller (SVGO),
 * with no inline styles (the `<style>` element and `style=""` attributes
 * would need `'unsafe-inline'` in the Content Security Policy), and with the
 * numbers the page needs to keep its text readable.
 *
 * Mermaid scopes each diagram's stylesheet to the SVG's id. That stylesheet
 * is moved out, rescoped to a class named after its own hash, so the many
 * diagrams that share a theme and a type share one rule set in the site's
 * diagram stylesheet.
 */
import { createHash } from 'node:crypto';
import { optimize, type CustomPlugin, type XastElement } from 'svgo';

/** A diagram ready for the page. */
export interface ServedDiagram {
	/** The SVG's id (Mermaid's, unique per source and theme). */
	id: string;
	/** The SVG element, without `<style>` or `style` attributes, sized by the site's CSS. */
	svg: string;
	/** The class on the SVG that `css` is scoped to. */
	styleClass: string;
	/** Mermaid's stylesheet for this diagram, rescoped to `.${styleClass}`. */
	css: string;
	/** Natural size in CSS pixels (the viewBox). */
	width: number;
	height: number;
	/** The smallest font size of any text in the diagram at natural size, in CSS pixels. */
	minFontPx: number;
	/**
	 * Where a flowchart's start ends, from the drawing's left edge, in drawing
	 * units (0 for other diagrams): the first node of the source that no
	 * solid arrow leads to. A drawing that scrolls sideways opens on its
	 * start only if that much of it is in view.
	 */
	firstNodeRight: number;
}

/** A diagram drawn in both themes; `shared` when one SVG serves both (only the stylesheets differ). */
export interface Drawing {
	light: ServedDiagram;
	dark: ServedDiagram;
	shared: boolean;
}

/** Whether two drawings differ only in the class their stylesheet is scoped to. */
export function sameDrawing(a: ServedDiagram, b: ServedDiagram): boolean {
	return a.id === b.id && a.svg.split(a.styleClass).join('') === b.svg.split(b.styleClass).join('');
}

/** The SVG of a shared drawing: the light SVG, carrying the dark theme's style class too. */
export function sharedSvg(d: Drawing): string {
	return addClass(d.light.svg, d.dark.styleClass);
}

/**
 * A dark theme's stylesheet, applied only in the dark theme (the reader's
 * choice, or the system's when the reader made none). Nested, so Mermaid's
 * rules stay as they are; the extra `:root` condition also outranks the
 * light rules on a shared SVG.
 */
export function darkThemeOnly(css: string): string {
	// Screen only: a printed handout always shows the light diagram.
	return [
		`@media screen{:root[data-theme='dark']{${css}}}`,
		`@media screen and (prefers-color-scheme: dark){:root:not([data-theme='light']){${css}}}`,
	].join('\n');
}

/** The smallest text a reader should meet in a diagram, in CSS pixels. */
export const minReadableFontPx = 12;

/** The narrowest width at which the diagram's smallest text is still `minReadableFontPx`. */
export function minReadableWidth(d: Pick<ServedDiagram, 'width' | 'minFontPx'>): number {
	// One pixel more: the browser rounds the drawn height, which can shave a hair off the scale.
	return Math.ceil((d.width * minReadableFontPx) / d.minFontPx) + 1;
}

const scopeHash = (css: string) => createHash('sha256').update(css).digest('hex').slice(0, 10);

/**
 * Post-processes one SVG from Mermaid. `id` is the SVG's id, which Mermaid's
 * stylesheet uses as its scope; `minFontPx` was measured in the browser.
 */
export function serveDiagram(
	rawSvg: string,
	measured: Pick<ServedDiagram, 'minFontPx' | 'firstNodeRight'>,
): ServedDiagram {
	let css = '';
	let width = 0;
	let height = 0;
	let id = '';
	const extract: CustomPlugin = {
		name: 'extractMermaidStyle',
		fn: () => ({
			element: {
				enter: (node: XastElement, parent) => {
					if (node.name === 'style') {
						css += node.children.map((c) => ('value' in c ? c.value : '')).join('');
						parent.children = parent.children.filter((c) => c !== node);
						return;
					}
					if (node.name === 'svg' && parent.type === 'root') {
						const [, , w, h] = (node.attributes.viewBox ?? '').split(/[\s,]+/).map(Number);
						width = w;
						height = h;
						id = node.attributes.id ?? '';
						// Size comes from the site's CSS; Mermaid's max-width style and 100% width would fight it.
						delete node.attributes.style;
						delete node.attributes.width;
						delete node.attributes.height;
					}
				},
			},
		}),
	};
	const dropLeftoverStyles: CustomPlugin = {
		name: 'dropLeftoverStyles',
		// After convertStyleToAttrs, what is left in `style` has no presentation attribute (e.g. an empty style).
		fn: () => ({ element: { enter: (node: XastElement) => void delete node.attributes.style } }),
	};
	const optimized = optimize(rawSvg, {
		multipass: true,
		plugins: [
			extract,
			{
				name: 'preset-default',
				params: {
					overrides: {
						// Ids tie the SVG's title and description to it (aria-labelledby) and its markers to the edges.
						cleanupIds: false,
						// Mermaid's classes carry its styles; keep them.
						removeUnknownsAndDefaults: false,
						inlineStyles: false,
						minifyStyles: false,
						// Mermaid's CSS selects shapes by element name (`.edgeLabel rect`): keep rect, circle, polygon.
						convertShapeToPath: false,
					},
				},
			},
			'convertStyleToAttrs',
			dropLeftoverStyles,
		],
	}).data;
	if (!width || !height) throw new Error('Mermaid returned an SVG without a viewBox');
	if (!id) throw new Error('Mermaid returned an SVG without an id');
	const placeholder = '\u0000scope\u0000';
	// Mermaid's "neo" look strokes nodes with a gradient it does not draw here: inside the SVG that reference
	// rendered as no stroke; moved to a shared stylesheet it would become a request for a missing file.
	const unscoped = css.split(`url(#${id}-gradient)`).join('none').split(`#${id}`).join(placeholder);
	const styleClass = `mermaid-style-${scopeHash(unscoped)}`;
	const svg = addClass(optimized, styleClass);
	return {
		id,
		svg,
		styleClass,
		css: unscoped.split(placeholder).join(`.${styleClass}`),
		width,
		height,
		minFontPx: measured.minFontPx,
		firstNodeRight: Math.round(measured.firstNodeRight * 10) / 10,
	};
}

/** Adds a class to the root `<svg>` (through SVGO's parser, not by editing the text). */
function addClass(svg: string, className: string): string {
	const plugin: CustomPlugin = {
		name: 'addRootClass',
		fn: () => ({
			element: {
				enter: (node: XastElement, parent) => {
					if (node.name === 'svg' && parent.type === 'root') {
						node.attributes.class = [node.attributes.class, className].filter(Boolean).join(' ');
					}
				},
			},
		}),
	};
	return optimize(svg, { plugins: [plugin] }).data;
}

/**
 * CSS that sizes one diagram: its natural width, shrunk to fit the column
 * but never below the width where its smallest text is `minReadableFontPx`
 * (past that its box scrolls sideways) on screens, and the scroll hint
 * shown while the box is narrower than the diagram.
 */
export function diagramSizeRules(d: Pick<ServedDiagram, 'id' | 'width' | 'minFontPx'>): string {
	const min = minReadableWidth(d);
	const width = Math.max(Math.ceil(d.width), min);
	// The box adds its padding and border (1rem + 2px) around the SVG. The floor is for screens, where the
	// box scrolls; on paper a drawing is scaled down to fit the page (the print rules in global.css).
	return [
		`#${d.id}{width:${width}px}`,
		`@media screen{#${d.id}{min-width:${min}px}}`,
		`@container diagram (width < ${min + 20}px){.diagram-svg:has(> #${d.id}) > .diagram-scroll-hint{display:block}}`,
	].join('\n');
}
