/**
 * Each page's diagram sizes, in a small stylesheet of its own. A drawing's
 * size rules (its width, and on screens the width below which its text would
 * fall under 12 px) are its alone: kept in the shared diagrams' stylesheet,
 * every page with one diagram downloaded the rules of all of them. The file
 * is named after the drawings it sizes, so pages that show the same ones
 * share it, and the layout (which links it) and the build (which writes it)
 * name it alike.
 */

/** FNV-1a, 32 bits, as 8 hex digits: a short stable name for a list of ids (no Node API: the layout runs it too). */
function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** The folder of the size stylesheets, at the site's root. */
export const diagramSizesFolder = 'diagram-sizes';

/** The file, relative to the site's root, that sizes these drawings (ids sorted, as `diagramIdsOf` gives them). */
export const diagramSizesFile = (ids: readonly string[]): string =>
	`${diagramSizesFolder}/${fnv1a([...ids].sort().join(' '))}.css`;

/**
 * The size stylesheets the pages rendered so far link, each with its
 * drawings: recorded by the layout as it links one, so the build hook writes
 * them without reading the pages again. One record per process (like the
 * renderer and the build's stats), whichever module instance asks.
 */
const key = Symbol.for('skills-clusters.diagram-size-sheets');
type GlobalWithSheets = typeof globalThis & { [key]?: Map<string, readonly string[]> };
const sheets = (): Map<string, readonly string[]> => ((globalThis as GlobalWithSheets)[key] ??= new Map());

/** The size stylesheet of a page's drawings (ids sorted), recorded for the build to write. */
export function linkDiagramSizes(ids: readonly string[]): string {
	const file = diagramSizesFile(ids);
	const known = sheets().get(file);
	// Two different sets of drawings under one name would give a page the wrong sizes.
	if (known && known.join(' ') !== ids.join(' '))
		throw new Error(
			`Two sets of drawings share the size stylesheet ${file}: ${known.join(', ')} and ${ids.join(', ')}`,
		);
	sheets().set(file, [...ids]);
	return file;
}

/** The size stylesheets linked so far, by file. */
export const linkedDiagramSizes = (): ReadonlyMap<string, readonly string[]> => sheets();
