/** The built site in `dist/` for the gates in tests/dist: fails clearly when nothing was built. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { htmlFiles, urlPathOf } from '../../src/integration/dist-files';
import { projectRoot } from './fixture-site';
import { sourceLanguage, type Language } from '../../src/i18n/languages';

export const distDir = join(projectRoot, 'dist');

/** Where an edition is built: the source language at the root of `dist/`, each translation under `dist/<language>/`. */
export const editionDir = (language: Language): string =>
	language === sourceLanguage ? distDir : join(distDir, language);

export interface BuiltPage {
	file: string;
	path: string;
	html: string;
	tree: Root;
}

let parsed: readonly BuiltPage[] | undefined;

/**
 * Every HTML page of `dist/`, parsed once for all the gates (they share
 * this module: vitest.dist.config.ts runs them without isolation). Read only.
 */
export function builtPages(): readonly BuiltPage[] {
	if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ has no site: run `npm run build` first');
	parsed ??= [...htmlFiles(distDir)].map((file) => {
		const html = readFileSync(join(distDir, file), 'utf8');
		return { file, path: urlPathOf(file), html, tree: fromHtml(html) };
	});
	return parsed;
}
