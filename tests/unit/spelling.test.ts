import { describe, expect, it } from 'vitest';
import { checkSpelling, closestWord, suggestSpelling, vocabularyOf, words } from '../../src/lib/search/spelling';

/** A small site: titles, and body text with words no title uses. */
const titles = [
	'Collective efficiency',
	'Absorptive capacity',
	'Programa Calçado',
	'Joint action',
	'First advantage factors',
	'SIMA',
];
const bodies = [
	'The Ludhiana knitwear factory owners hired designers.',
	'Firms in Bangalore used the internet to reach clients, and interest rates fell.',
	'Shared prosperity depends on how gains are spread. Prospects improved.',
	'Collective action and joint action; collective efficiency.',
];
const vocabulary = vocabularyOf([...titles, ...bodies]);
const siteWords = new Set(vocabulary);
const isKnown = async (w: string) => siteWords.has(w);
const loadVocabulary = async () => vocabulary;

describe('spelling suggestions', () => {
	it('builds a vocabulary of distinct words, commonest first, without numbers', () => {
		const v = vocabularyOf(['Joint action, joint work', 'ISO 9002 and joint action']);
		expect(v.slice(0, 2)).toEqual(['joint', 'action']);
		expect(v).not.toContain('9002');
		expect(words('Calçado, ISO-9002! manufacturer’s (SIMA)')).toEqual(['calçado', 'iso9002', 'manufacturers', 'sima']);
	});
	it('finds the closest word within a tolerance that grows with length', () => {
		expect(closestWord('colective', vocabulary)).toBe('collective');
		expect(closestWord('absorbtive', vocabulary)).toBe('absorptive');
		expect(closestWord('jiont', vocabulary)).toBe('joint');
		expect(closestWord('sma', vocabulary)).toBeUndefined(); // too short to guess
		expect(closestWord('zebra', vocabulary)).toBeUndefined();
	});
	it('never suggests a spelling for a word of the site, even one that only page bodies use', async () => {
		for (const q of ['factory', 'internet', 'prosperity', 'Ludhiana factory', 'collective efficiency']) {
			expect(await checkSpelling(q, isKnown, loadVocabulary)).toEqual({ unknown: [] });
		}
		// A closer-to-a-title word is no reason to change a known word.
		expect(closestWord('factory', vocabulary)).toBeUndefined();
	});
	it('suggests the closest spelling for words the index does not hold, keeping the others', async () => {
		expect(await checkSpelling('colective efficiency', isKnown, loadVocabulary)).toEqual({
			unknown: ['colective'],
			suggestion: 'collective efficiency',
		});
		expect(await checkSpelling('absorbtive capacity', isKnown, loadVocabulary)).toEqual({
			unknown: ['absorbtive'],
			suggestion: 'absorptive capacity',
		});
		expect(await checkSpelling('qwertyuiop', isKnown, loadVocabulary)).toEqual({ unknown: ['qwertyuiop'] });
	});
	it('respells only unknown words, keeping the others as typed', () => {
		expect(suggestSpelling('factory colective', new Set(['colective']), vocabulary)).toBe('factory collective');
		expect(suggestSpelling('Firm’s Colective efficiency', new Set(['colective']), vocabulary)).toBe(
			'Firm’s collective efficiency',
		);
		expect(suggestSpelling('factory', new Set(), vocabulary)).toBeUndefined();
	});
	it('keeps an elided article as typed: French "d\'absorbtion" becomes "d\'absorption", not "dabsorption"', () => {
		const french = vocabularyOf(["La capacité d'absorption des entreprises", 'l’absorption']);
		expect(french).toContain('dabsorption');
		expect(suggestSpelling("capacité d'absorbtion", new Set(['dabsorbtion']), french)).toBe("capacité d'absorption");
		expect(suggestSpelling('L’absorbtion', new Set(['labsorbtion']), french)).toBe('L’absorption');
	});
	it('while typing, an unfinished last word that begins a word of the site is not a misspelling', async () => {
		const isKnownPrefix = async (letters: string) => vocabulary.some((w) => w.startsWith(letters));
		let loads = 0;
		const counting = async () => (loads++, vocabulary);
		expect(await checkSpelling('joint acti', isKnown, counting, isKnownPrefix)).toEqual({ unknown: [] });
		expect(await checkSpelling('absorp', isKnown, counting, isKnownPrefix)).toEqual({ unknown: [] });
		expect(loads).toBe(0);
		// Only the last word may be unfinished; a finished misspelling is still caught.
		expect((await checkSpelling('acti joint', isKnown, counting, isKnownPrefix)).unknown).toEqual(['acti']);
		expect(await checkSpelling('colective', isKnown, counting, isKnownPrefix)).toEqual({
			unknown: ['colective'],
			suggestion: 'collective',
		});
		// Without the prefix check (a linked search), an unfinished word is unknown.
		expect((await checkSpelling('joint acti', isKnown, counting)).unknown).toEqual(['acti']);
	});
	it('loads the vocabulary only when a word is unknown', async () => {
		let loads = 0;
		await checkSpelling('joint action', isKnown, async () => (loads++, vocabulary));
		expect(loads).toBe(0);
	});
});
