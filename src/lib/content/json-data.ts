/**
 * The project's hand-written JSON data files (`content/redirects.json`,
 * `content/anchor-moves.json`, the hedge check's verdicts) are read one
 * way: parsed, checked against their Zod schema, and on any problem
 * refused with an error that names the file and each reason, so that a
 * typo fails the build with something a writer can act on.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';

export class DataFileError extends Error {
	override name = 'DataFileError';
}

/** Reads `path` (named `name` in messages) and returns its data as the schema gives it. */
export function readJsonData<Schema extends z.ZodType>(path: string, schema: Schema, name = path): z.output<Schema> {
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new DataFileError(`${name}: not valid JSON: ${(error as Error).message}`);
	}
	const parsed = schema.safeParse(json);
	if (!parsed.success) {
		const reasons = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`);
		throw new DataFileError(`${name}:\n  ${reasons.join('\n  ')}`);
	}
	return parsed.data;
}
