/**
 * Gate: a glossary entry's "Full name" says when the name is the site's,
 * not the paper's (the paper writes only "EU", "Abicalçados"...), in every
 * edition; a name the paper gives stands alone.
 */
import { describe, expect, it } from 'vitest';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { fromHtml } from 'hast-util-from-html';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editionDir } from '../helpers/dist';
import { t } from '../../src/i18n/ui';
import { publishedLanguages, type Language } from '../../src/i18n/languages';

/** The text of the "Full name" row of a built glossary page. */
function fullNameRow(language: Language, id: string): string {
	const edition = editionDir(language);
	const tree = fromHtml(readFileSync(join(edition, 'glossary', id, 'index.html'), 'utf8'));
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
