/**
 * Reads content/anchor-moves.json (old paragraph anchors and where they
 * land now). A missing file means no moves; a malformed one fails the build
 * with the file and the reason. Read again only when the file changes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { anchorMovesSchema } from '../schemas/anchor-moves';

export const anchorMovesFile = 'content/anchor-moves.json';

export class AnchorMovesFileError extends Error {
	override name = 'AnchorMovesFileError';
}

/** A reader of the moves file under `root`, for the Markdown plugin and the build hook. */
export function anchorMovesReader(root: string): () => Record<string, string> {
	const file = join(root, anchorMovesFile);
	let cached: { mtime: number; moves: Record<string, string> } | undefined;
	return () => {
		if (!existsSync(file)) return {};
		const mtime = statSync(file).mtimeMs;
		if (cached?.mtime === mtime) return cached.moves;
		let json: unknown;
		try {
			json = JSON.parse(readFileSync(file, 'utf8'));
		} catch (error) {
			throw new AnchorMovesFileError(`${anchorMovesFile}: not valid JSON: ${(error as Error).message}`);
		}
		const parsed = anchorMovesSchema.safeParse(json);
		if (!parsed.success) {
			const reasons = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
			throw new AnchorMovesFileError(`${anchorMovesFile}:\n  ${reasons.join('\n  ')}`);
		}
		cached = { mtime, moves: parsed.data.moves };
		return cached.moves;
	};
}
