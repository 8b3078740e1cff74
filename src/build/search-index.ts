/**
 * Builds the Pagefind index of the built site through Pagefind's Node API,
 * so search needs no separate CLI step and fails the build when indexing does.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(distDir: string): Promise<{ pages: number }> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: distDir });
		if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
		return { pages: added.page_count };
	} finally {
		await pagefind.close();
	}
}
