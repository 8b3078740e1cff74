/**
 * Anchors for every paragraph, list item and table of a content page, so a
 * trainer can link to one paragraph. An anchor comes from the block's own
 * words, never from its position: adding, removing or editing other
 * paragraphs leaves it as it is, and so does a rebuild.
 *
 * The rule (also in content/README.md, "Links to a paragraph"):
 *   - `p-`, `li-` or `table-`, then the first six words of the block's text
 *     (a table: of its header row), lower case, accents and apostrophes
 *     dropped, other punctuation as word breaks, joined by "-", at most 60
 *     characters (cut at a word break);
 *   - when that id is already taken on the page (by a heading or an earlier
 *     block), `-2`, `-3`, ... in reading order.
 * So only a block's own first words, or an earlier block that starts with
 * the same six words, can change its anchor; the published-anchor guard
 * catches both (see content/anchor-moves.json).
 */

export type BlockKind = 'p' | 'li' | 'table';

const wordCount = 6;
const maxLength = 60;

/** The words of a text as used in anchors: lower case ASCII letters and digits. */
export function anchorWords(text: string): string[] {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			// "Sialkot's", "workers'" stay one word.
			.replace(/['’]/g, '')
			.match(/[a-z0-9]+/g) ?? []
	);
}

/** The anchor a block would get if no other block or heading had it. */
export function baseAnchor(kind: BlockKind, text: string): string {
	let id = kind;
	for (const word of anchorWords(text).slice(0, wordCount)) {
		if (id.length + 1 + word.length > maxLength) break;
		id += `-${word}`;
	}
	return id === kind ? `${kind}-block` : id;
}

/**
 * Gives each block its anchor, in reading order. `taken` holds the ids the
 * page already has (headings); it is extended with the new ones.
 */
export function assignBlockAnchors(blocks: readonly { kind: BlockKind; text: string }[], taken: Set<string>): string[] {
	return blocks.map(({ kind, text }) => {
		const base = baseAnchor(kind, text);
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return id;
	});
}
