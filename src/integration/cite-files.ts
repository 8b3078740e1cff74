/**
 * The cite files: beside every built page that has a cite box, a JSON file
 * with the page's and the paper's citations in the four formats, which the
 * box's script loads when a reader opens it (src/client/cite-box.ts). Read
 * from the built pages, parsed once (dist-files.ts): the box names the
 * page's title, the canonical link its address.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { select } from 'hast-util-select';
import type { DistPage } from './dist-files';
import { formatCitation } from '../lib/citation/cite-formats';
import { pageCsl, paperCsl } from '../lib/citation/citation';
import { buildDate } from '../lib/citation/build-date';
import type { CiteFile } from '../lib/citation/cite-file';
import { citeFileName } from '../lib/site/urls';
import { siteTitle } from '../i18n/labels';

/** The cite file of a built page, or undefined when the page has no cite box. */
export function citeFileOf(page: DistPage): CiteFile | undefined {
	const box = select('section.cite-this[data-cite-title]', page.tree);
	const canonical = select('link[rel=canonical]', page.tree);
	if (!box) return undefined;
	const title = String(box.properties.dataCiteTitle);
	const url = canonical?.properties.href;
	if (typeof url !== 'string') throw new Error(`${page.file}: a cite box but no canonical address to cite`);
	return {
		url,
		page: formatCitation(pageCsl({ title, url, siteName: siteTitle, accessed: buildDate() })),
		paper: formatCitation(paperCsl()),
	};
}

/** Writes the cite file of every page that has a cite box; how many were written. */
export function writeCiteFiles(distDir: string, pages: readonly DistPage[]): number {
	let written = 0;
	for (const page of pages) {
		const file = citeFileOf(page);
		if (!file) continue;
		const target = join(distDir, dirname(page.file), citeFileName);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, JSON.stringify(file));
		written++;
	}
	return written;
}
