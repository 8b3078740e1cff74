/**
 * Builds the search indexes of the built site through Pagefind's Node API,
 * so search needs no separate CLI step and fails the build when indexing does:
 *  - `pagefind/`: the full text of every page, for the search page;
 *  - `quick-find.json`: each page's outline (title, other names, summary,
 *    section headings), which the header dialog and the search page search
 *    first (`src/lib/search/quick-find.ts`): their answers arrive fast and cost little;
 *  - `pagefind/vocabulary.json`: the words of the indexed text, for spelling suggestions.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDistPages, type DistPage } from './dist-files';
import * as pagefind from 'pagefind';
import { outlineOf, quickDocOf } from './quick-index';
import { siteFiles } from '../lib/site/urls';
import { indexedText } from './search-vocabulary';
import { vocabularyOf } from '../lib/search/spelling';
import { defaultLanguage, locales } from '../i18n/languages';

/** The file of spelling-suggestion words, inside the full-text bundle (the browser code finds it there). */
export const vocabularyFile = 'vocabulary.json';

async function newIndex() {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: locales[defaultLanguage].tag });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	return index;
}

const check = (what: string, errors: string[]) => {
	if (errors.length > 0) throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
};

export async function buildSearchIndex(
	distDir: string,
	base: string,
	distPages: readonly DistPage[] = readDistPages(distDir),
): Promise<{ pages: number; quickPages: number }> {
	try {
		const full = await newIndex();
		const added = await full.addDirectory({ path: distDir });
		check('index the site', added.errors);
		check('write the index', (await full.writeFiles({ outputPath: join(distDir, 'pagefind') })).errors);

		const texts: string[] = [];
		const outlines = [];
		for (const page of distPages) {
			texts.push(...indexedText(page.tree));
			const outline = outlineOf(page.path, page.tree, base);
			if (outline) outlines.push(quickDocOf(outline, base));
		}
		writeFileSync(join(distDir, 'pagefind', vocabularyFile), JSON.stringify(vocabularyOf(texts)));
		writeFileSync(join(distDir, siteFiles.quickFind), JSON.stringify(outlines));
		return { pages: added.page_count, quickPages: outlines.length };
	} finally {
		await pagefind.close();
	}
}
