/**
 * The four ways a reader can cite a page or the paper: APA 7 and Chicago
 * author-date as text, BibTeX and RIS for reference managers. Formatted at
 * build time with citation-js (CSL styles through citeproc-js); nothing of
 * it ships to the browser.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './citation';
import { chicagoAuthorDateCsl, chicagoAuthorDateName } from './chicago-author-date';
import { defaultLanguage, locales } from '../../i18n/languages';

import type { CiteFormat } from './cite-file';

const styles = plugins.config.get('@csl').styles;
if (!styles.has(chicagoAuthorDateName)) styles.add(chicagoAuthorDateName, chicagoAuthorDateCsl);

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
