/**
 * Gate: every page a reader may cite offers the cite box, and its cite file
 * (the formats the box loads when opened); the search page and the "not
 * found" page have neither.
 */
import { describe, expect, it } from 'vitest';
import { select } from 'hast-util-select';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from '../helpers/dist';
import { fileOfUrlPath } from '../../src/integration/dist-files';
import { citeFormats, type CiteFile } from '../../src/lib/citation/cite-file';

// The search page, the "not found" page and the offline fallback page cite nothing.
const uncitable = new Set(['/404.html', '/search/', '/offline/']);

describe('the cite box', () => {
	it('is on every citable page and on no other', () => {
		const wrong = builtPages()
			// Redirect pages of renamed entries hold nothing to cite.
			.filter((page) => select('meta[http-equiv="refresh"]', page.tree) === undefined)
			.flatMap((page) => {
				const hasBox = select('section.cite-this', page.tree) !== undefined;
				return hasBox === uncitable.has(page.path) ? [`${page.path}: ${hasBox ? 'has' : 'lacks'} the cite box`] : [];
			});
		expect(wrong).toEqual([]);
	});
});

describe('the cite files', () => {
	it('sit beside every page with a cite box: four formats of the page at its canonical address, and of the paper', () => {
		const pages = builtPages().filter((page) => select('section.cite-this', page.tree) !== undefined);
		expect(pages.length).toBeGreaterThan(100);
		const wrong = pages.flatMap((page) => {
			const source = String(select('section.cite-this', page.tree)!.properties.dataCiteSource);
			const file = join(distDir, fileOfUrlPath(source));
			if (!existsSync(file)) return [`${page.path}: no ${source}`];
			const cite = JSON.parse(readFileSync(file, 'utf8')) as CiteFile;
			const canonical = select('link[rel=canonical]', page.tree)?.properties.href;
			return [
				...(cite.url === canonical ? [] : [`${page.path}: cites ${cite.url}, not ${String(canonical)}`]),
				...citeFormats.flatMap((format) => [
					...(cite.page[format].includes(cite.url) || format === 'ris' ? [] : [`${page.path}: ${format} lacks the address`]),
					...(cite.paper[format].includes('Marchese') ? [] : [`${page.path}: paper ${format} lacks the authors`]),
				]),
			];
		});
		expect(wrong).toEqual([]);
	});
});
