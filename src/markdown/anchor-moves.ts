/**
 * Reads content/anchor-moves.json (old paragraph anchors and where they
 * land now). A missing file means no moves; a malformed one fails the build
 * with the file and the reason. Read again only when the file changes.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonData } from '../lib/content/json-data';
import { anchorMovesSchema } from '../schemas/anchor-moves';

export const anchorMovesFile = 'content/anchor-moves.json';

/** A reader of the moves file under `root`, for the Markdown plugin and the build hook. */
export function anchorMovesReader(root: string): () => Record<string, string> {
	const file = join(root, anchorMovesFile);
	let cached: { mtime: number; moves: Record<string, string> } | undefined;
	return () => {
		if (!existsSync(file)) return {};
		const mtime = statSync(file).mtimeMs;
		if (cached?.mtime === mtime) return cached.moves;
		cached = { mtime, moves: readJsonData(file, anchorMovesSchema, anchorMovesFile).moves };
		return cached.moves;
	};
}
