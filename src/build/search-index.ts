/**
 * Builds the search indexes of the built site through Pagefind's Node API,
 * so search needs no separate CLI step and fails the build when indexing does:
 *  - `pagefind/`: the full text of every page, for the search page;
 *  - `pagefind-quick/`: titles, other names, summaries and section headings,
 *    for the header dialog, whose answers must arrive fast and cost little.
 */
import { join } from 'node:path';
import { readDistPages, type DistPage } from './dist-files';
import * as pagefind from 'pagefind';
import { outlineHtml, outlineOf } from './quick-index';

async function newIndex() {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	return index;
}

const check = (what: string, errors: string[]) => {
	if (errors.length > 0) throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
};

export async function buildSearchIndex(
	distDir: string,
	distPages: readonly DistPage[] = readDistPages(distDir),
): Promise<{ pages: number; quickPages: number }> {
	try {
		const full = await newIndex();
		const added = await full.addDirectory({ path: distDir });
		check('index the site', added.errors);
		check('write the index', (await full.writeFiles({ outputPath: join(distDir, 'pagefind') })).errors);

		const quick = await newIndex();
		let quickPages = 0;
		for (const page of distPages) {
			const outline = outlineOf(page.path, page.tree);
			if (!outline) continue;
			check(`index ${outline.url} for quick find`, (await quick.addHTMLFile({ url: outline.url, content: outlineHtml(outline) })).errors);
			quickPages++;
		}
		check('write the quick-find index', (await quick.writeFiles({ outputPath: join(distDir, 'pagefind-quick') })).errors);
		return { pages: added.page_count, quickPages };
	} finally {
		await pagefind.close();
	}
}
