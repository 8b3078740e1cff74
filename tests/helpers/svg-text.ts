/**
 * How big the text of SVG drawings is on the screen, for the browser tests
 * that hold diagram text to a minimum size on a phone and a desktop.
 *
 * The size in the markup says little: a drawing is scaled by its viewBox to
 * fit its container (and by any transform above a text), so the same
 * `font-size="14"` may be drawn at 9 px on a phone. The browser's
 * `getScreenCTM()` gives the whole scale from a text's own units to screen
 * pixels, so the computed font size times that scale is the size as drawn.
 */
import type { Locator, Page } from '@playwright/test';

/** The text of one SVG drawing shown on the page, as the browser draws it. */
export interface DrawingText {
	/** What a failure message calls the drawing: its aria-label, the text of what its aria-labelledby names, its id, or its classes. */
	name: string;
	/** How many text runs were measured; 0 means the drawing had no text to measure. */
	texts: number;
	/** The smallest text as drawn, in CSS px (Infinity when `texts` is 0). */
	smallest: number;
}

/**
 * For each SVG drawing under `scope` that matches `selector` and is shown,
 * its name and smallest text as drawn.
 *
 * Shown means it takes room on the page: pages often carry a wide and a
 * narrow drawing of one picture and hide one with a container query, or one
 * per theme, and the hidden one (`display: none`, zero width) is not what
 * the reader sees. A text run is every `text`, `tspan` or `textPath` with
 * text of its own (a text node that is not blank), since that text takes
 * that element's font size; an element not rendered has no screen matrix
 * and is passed over.
 */
export function smallestTextPerDrawing(scope: Page | Locator, selector: string): Promise<DrawingText[]> {
	return scope.locator(selector).evaluateAll((svgs) =>
		svgs
			.filter((svg) => svg.getBoundingClientRect().width > 0)
			.map((svg) => {
				const labelledBy = (svg.getAttribute('aria-labelledby') ?? '')
					.split(/\s+/)
					.map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
					.join(' ')
					.trim();
				const classes = [...svg.classList]
					.slice(0, 2)
					.map((c) => `.${c}`)
					.join('');
				const name =
					svg.getAttribute('aria-label')?.trim() ||
					labelledBy ||
					(svg.id && `#${svg.id}`) ||
					`${svg.tagName}${classes}`;
				const sizes = [...svg.querySelectorAll('text, tspan, textPath')]
					.filter((t) =>
						[...t.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
					)
					.flatMap((t) => {
						const m = (t as SVGGraphicsElement).getScreenCTM();
						// The smaller of the two axes' scales, so that a drawing squashed in one direction counts at its smaller size.
						return m
							? [parseFloat(getComputedStyle(t).fontSize) * Math.min(Math.hypot(m.a, m.b), Math.hypot(m.c, m.d))]
							: [];
					});
				return {
					name: name.length > 80 ? `${name.slice(0, 79)}…` : name,
					texts: sizes.length,
					smallest: Math.min(...sizes),
				};
			}),
	);
}

/**
 * What is wrong with the text of these drawings against a minimum size in
 * CSS px, one message naming the drawing for each; empty when all is well.
 * No drawing, or a drawing with no text measured, is a problem too: a test
 * that measured nothing has proved nothing.
 */
export function textSizeProblems(drawings: readonly DrawingText[], minimum: number): string[] {
	if (drawings.length === 0) return ['no drawing shown'];
	return drawings.flatMap((d) => {
		if (d.texts === 0) return [`"${d.name}": no text measured`];
		if (!(d.smallest >= minimum))
			return [`"${d.name}": smallest text ${d.smallest.toFixed(1)} px, under ${minimum} px`];
		return [];
	});
}
