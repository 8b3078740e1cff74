/**
 * The four ways a reader can cite a page or the paper: APA 7 and Chicago
 * author-date as text, BibTeX and RIS for reference managers. Formatted at
 * build time with citation-js (CSL styles through citeproc-js); nothing of
 * it ships to the browser.
 */
import { Cite, plugins } from '@citation-js/core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './citation';
import { chicagoAuthorDateCsl, chicagoAuthorDateName } from './chicago-author-date';
import { defaultLanguage, locales } from '../../i18n/languages';

import type { CiteFormat } from './cite-file';

const csl = plugins.config.get('@csl');
if (!csl.styles.has(chicagoAuthorDateName)) csl.styles.add(chicagoAuthorDateName, chicagoAuthorDateCsl);

// The edition's CSL locale (terms, dates, punctuation of the styles): citation-js ships en-US only, so the
// others come from the CSL project's locale files, as packaged by citeproc-locales (never written by hand).
const cslLocale = locales[defaultLanguage].citations;
if (!csl.locales.has(cslLocale))
	csl.locales.add(
		cslLocale,
		readFileSync(createRequire(import.meta.url).resolve(`citeproc-locales/locales/locales-${cslLocale}.xml`), 'utf8'),
	);

const formatted = new Map<string, Record<CiteFormat, string>>();

/** Time spent formatting citations in this process, read by the build hook for its report (and so by `npm run bench`). */
const timing = Symbol.for('skills-clusters.citation-ms');
type WithTiming = typeof globalThis & { [timing]?: { ms: number; items: number } };
export function citationTiming(): { ms: number; items: number } {
	return ((globalThis as WithTiming)[timing] ??= { ms: 0, items: 0 });
}

/** One item in each of the four formats, as plain text. Memoized: the paper's record is formatted once per build. */
export function formatCitation(item: CslItem): Record<CiteFormat, string> {
	const key = JSON.stringify(item);
	let result = formatted.get(key);
	if (!result) {
		const start = performance.now();
		formatted.set(key, (result = formatUncached(item)));
		const t = citationTiming();
		t.ms += performance.now() - start;
		t.items++;
	}
	return result;
}

function formatUncached(item: CslItem): Record<CiteFormat, string> {
	const cite = new Cite(item);
	const text = (template: string) =>
		cite.format('bibliography', { format: 'text', template, lang: locales[defaultLanguage].citations }).trim();
	return {
		apa: text('apa'),
		chicago: text(chicagoAuthorDateName),
		bibtex: `${cite.format('bibtex').trim()}\n`,
		// Kept as citation-js writes it (the last line is "ER  - " with its trailing space), ending in a line break.
		ris: `${cite.format('ris').replace(/\n+$/, '')}\n`,
	};
}
