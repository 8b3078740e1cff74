import { describe, expect, it } from 'vitest';
import { closestWord, correctQuery, vocabularyOf, words } from '../../src/lib/spelling';

const vocabulary = vocabularyOf(['Collective efficiency', 'Absorptive capacity', 'Programa Calçado', 'Joint action', 'SIMA']);

describe('spelling tolerance', () => {
	it('builds a vocabulary of distinct words of three letters or more', () => {
		expect(vocabulary).toEqual(['absorptive', 'action', 'calçado', 'capacity', 'collective', 'efficiency', 'joint', 'programa', 'sima']);
		expect(words('Calçado, ISO-9002!')).toEqual(['calçado', 'iso', '9002']);
	});
	it('finds the closest word within a tolerance that grows with length', () => {
		expect(closestWord('colective', vocabulary)).toBe('collective');
		expect(closestWord('absorbtive', vocabulary)).toBe('absorptive');
		expect(closestWord('jiont', vocabulary)).toBe('joint');
		expect(closestWord('sma', vocabulary)).toBeUndefined(); // too short to guess
		expect(closestWord('zebra', vocabulary)).toBeUndefined();
	});
	it('corrects only the words the index does not know', async () => {
		const known = new Set(['efficiency', 'upgrading']);
		const isKnown = async (w: string) => known.has(w);
		expect(await correctQuery('colective efficiency', vocabulary, isKnown)).toBe('collective efficiency');
		expect(await correctQuery('collective efficiency', vocabulary, isKnown)).toBeUndefined();
		expect(await correctQuery('upgrading', vocabulary, isKnown)).toBeUndefined();
		expect(await correctQuery('qwertyuiop', vocabulary, isKnown)).toBeUndefined();
	});
});
