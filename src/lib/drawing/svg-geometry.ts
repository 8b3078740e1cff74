/**
 * Small geometry shared by the build-time SVG pictures: rounding (so two
 * builds write the same bytes), label wrapping and width estimates (there
 * is no font at build time), and the marker shapes that tell kinds apart
 * without colour.
 */

/** Rounds to one decimal: enough for the screen, and stable across builds. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A generous estimate of a line's width in a sans-serif font: average
 * glyphs are about half an em wide; 0.58 em (the default `em`, the width
 * allowed per character) leaves room for wide letters, so estimated boxes
 * hold the real text. A drawing with little room to spare may allow more.
 */
export const textWidth = (text: string, fontSize: number, em = 0.58) => text.length * fontSize * em;

/** How many characters fit in `width` at `fontSize`, by the same estimate (at least one). */
export const charsThatFit = (width: number, fontSize: number, em = 0.58) =>
	Math.max(1, Math.floor(width / (fontSize * em)));

/** Splits a label into lines of at most `maxChars` characters at spaces (a longer word keeps its own line). */
export function wrapLabel(label: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of label.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > maxChars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** The marker shapes; each kind of node or theme gets its own. */
export const markerShapes = ['circle', 'square', 'diamond', 'triangle', 'hexagon'] as const;
export type MarkerShape = (typeof markerShapes)[number];

/** An SVG path for a marker of `shape`, centred on (cx, cy), about 2r across. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
	const pt = (x: number, y: number) => `${round1(cx + x)} ${round1(cy + y)}`;
	const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => pt(x, y)).join('L')}Z`;
	switch (shape) {
		case 'circle':
			return `M${pt(-r, 0)}a${round1(r)} ${round1(r)} 0 1 0 ${round1(2 * r)} 0a${round1(r)} ${round1(r)} 0 1 0 ${round1(-2 * r)} 0Z`;
		case 'square': {
			const s = r * 0.85;
			return polygon([
				[-s, -s],
				[s, -s],
				[s, s],
				[-s, s],
			]);
		}
		case 'diamond':
			return polygon([
				[0, -r * 1.15],
				[r * 1.15, 0],
				[0, r * 1.15],
				[-r * 1.15, 0],
			]);
		case 'triangle':
			return polygon([
				[0, -r * 1.1],
				[r * 1.1, r * 0.85],
				[-r * 1.1, r * 0.85],
			]);
		case 'hexagon': {
			const h = r * 0.87;
			return polygon([
				[-r, 0],
				[-r / 2, -h],
				[r / 2, -h],
				[r, 0],
				[r / 2, h],
				[-r / 2, h],
			]);
		}
	}
}
