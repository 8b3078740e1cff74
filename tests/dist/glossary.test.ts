/**
 * Gate: a glossary entry's "Full name" says when the name is the site's,
 * not the paper's (the paper writes only "EU", "Abicalçados"...), in every
 * edition; a name the paper gives stands alone. Its "Also written" line
 * shows only names its title does not already say.
 */
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { fromHtml } from 'hast-util-from-html';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editionDir } from '../helpers/dist';
import { t } from '../../src/i18n/ui';
import { publishedLanguages, type Language } from '../../src/i18n/languages';

const glossaryPage = (language: Language, id: string) =>
	fromHtml(readFileSync(join(editionDir(language), 'glossary', id, 'index.html'), 'utf8'));

/** The text of the "Full name" row of a built glossary page. */
function fullNameRow(language: Language, id: string): string {
	const tree = glossaryPage(language, id);
	const facts = select('dl.facts', tree);
	const cells = (facts?.children ?? []).filter((node) => node.type === 'element');
	const label = cells.findIndex((cell) => cell.tagName === 'dt' && toString(cell) === t(language).glossary.fullName);
	const value = cells[label + 1];
	return label >= 0 && value ? toString(value).replace(/\s+/g, ' ').trim() : '';
}

describe("a glossary entry's full name", () => {
	for (const language of publishedLanguages)
		it(`says when the paper does not give it (${language})`, () => {
			const notInPaper = t(language).glossary.nameNotInPaper;
			expect(fullNameRow(language, 'eu')).toContain(notInPaper);
			expect(fullNameRow(language, 'assintecal')).toContain(notInPaper);
			const sima = fullNameRow(language, 'sima');
			expect(sima).toContain('Surgical Instrument');
			expect(sima).not.toContain(notInPaper);
		});
});

describe("a glossary entry's other names", () => {
	const otherNames = (language: Language, id: string) =>
		selectAll('p.aliases', glossaryPage(language, id)).map((p) => toString(p).replace(/\s+/g, ' ').trim());
	it('leave out what its title already says, apostrophe or case aside', () => {
		// The record lists "Surgical Instrument Manufacturer's Association" (straight apostrophe) too.
		expect(otherNames('en', 'sima')).toEqual([`${t('en').glossary.alsoWritten} Sialkot trade association`]);
		// "UK: Royaume-Uni" needs no line saying "UK".
		expect(otherNames('fr', 'uk')).toEqual([]);
	});
});
