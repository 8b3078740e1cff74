#!/usr/bin/env node
/**
 * Builds the site: one Astro build per published edition (src/i18n/languages.ts),
 * English first at the base path (it empties `dist/`), then each translation
 * into `dist/<language>/` under `<base><language>/` (site.config.mjs). An
 * edition is a whole site of its own (search index, offline copy, service
 * worker scope), as Docusaurus builds its locales. Then the files a host reads
 * only at the root (`_headers`, `_redirects`, `robots.txt`) get the editions'
 * lines. Arguments go to every `astro build` (`--outDir dist-base` puts the
 * editions under `dist-base/<language>/`), but `--only <language>`, which
 * builds that edition alone (the base-path smoke test builds English only).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedLanguages, sourceLanguage } from '../src/i18n/languages.ts';
import { editionRootFiles, robotsSitemapLine } from '../src/integration/edition-files.ts';

const given = process.argv.slice(2);
const onlyFlag = given.indexOf('--only');
const only = onlyFlag >= 0 ? given[onlyFlag + 1] : undefined;
const args = onlyFlag >= 0 ? given.filter((_, i) => i !== onlyFlag && i !== onlyFlag + 1) : given;
const outFlag = args.indexOf('--outDir');
const outRoot = outFlag >= 0 ? args[outFlag + 1]! : 'dist';
const editions = [sourceLanguage, ...publishedLanguages.filter((l) => l !== sourceLanguage)].filter(
	(l) => only === undefined || l === only,
);
if (editions.length === 0)
	throw new Error(`--only ${only}: not a published edition (${publishedLanguages.join(', ')})`);

for (const language of editions) {
	console.log(`\n— building the ${language} edition —`);
	// A translated edition's output goes to <outRoot>/<language>/ (site.config.mjs), whatever --outDir says.
	const editionArgs =
		language === sourceLanguage || outFlag < 0 ? args : args.filter((_, i) => i !== outFlag && i !== outFlag + 1);
	const result = spawnSync('astro', ['build', ...editionArgs], {
		stdio: 'inherit',
		env: { ...process.env, SITE_LANGUAGE: language, SITE_OUT_ROOT: outRoot },
	});
	if (result.status !== 0) {
		console.error(`The ${language} edition failed to build (see above).`);
		process.exit(result.status ?? 1);
	}
	if (language === sourceLanguage) continue;
	// Once each: rebuilding one edition (`--only fr`) keeps the root files of the last full build, which have its lines.
	const appendOnce = (rootFile: string, text: string) => {
		if (!existsSync(rootFile) || !readFileSync(rootFile, 'utf8').includes(text)) appendFileSync(rootFile, text);
	};
	for (const file of editionRootFiles) {
		const editionFile = join(outRoot, language, file);
		if (existsSync(editionFile)) appendOnce(join(outRoot, file), `\n${readFileSync(editionFile, 'utf8')}`);
	}
	const sitemap = join(outRoot, language, 'robots.txt');
	if (existsSync(sitemap)) appendOnce(join(outRoot, 'robots.txt'), robotsSitemapLine(readFileSync(sitemap, 'utf8')));
}
