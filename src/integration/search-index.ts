/**
 * Builds the search indexes of the built site through Pagefind's Node API,
 * so search needs no separate CLI step and fails the build when indexing does:
 *  - `pagefind/`: the full text of every page, for the search page;
 *  - `pagefind-quick/`: titles, other names, summaries and section headings,
 *    for the header dialog, whose answers must arrive fast and cost little;
 *  - `pagefind/vocabulary.json`: the words of the indexed text, for spelling suggestions;
 *    `pagefind-quick/vocabulary.json`: those of the outlines, for telling a word being typed from an unknown one.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDistPages, type DistPage } from './dist-files';
import * as pagefind from 'pagefind';
import { outlineHtml, outlineOf } from './quick-index';
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

		const quick = await newIndex();
		let quickPages = 0;
		const texts: string[] = [];
		const quickTexts: string[] = [];
		for (const page of distPages) {
			texts.push(...indexedText(page.tree));
			const outline = outlineOf(page.path, page.tree, base);
			if (!outline) continue;
			const html = outlineHtml(outline);
			quickTexts.push(...indexedText(html));
			check(
				`index ${outline.url} for quick find`,
				(await quick.addHTMLFile({ url: outline.url, content: html })).errors,
			);
			quickPages++;
		}
		writeFileSync(join(distDir, 'pagefind', vocabularyFile), JSON.stringify(vocabularyOf(texts)));
		check(
			'write the quick-find index',
			(await quick.writeFiles({ outputPath: join(distDir, 'pagefind-quick') })).errors,
		);
		// The quick index's own words, so that the dialog can tell an unfinished word from an unknown one without the full text.
		writeFileSync(join(distDir, 'pagefind-quick', vocabularyFile), JSON.stringify(vocabularyOf(quickTexts)));
		return { pages: added.page_count, quickPages };
	} finally {
		await pagefind.close();
	}
}
