import { describe, expect, it } from 'vitest';
import { distinctAliases, normalizeName } from '../../src/lib/content/aliases';

describe('other names under a title', () => {
	it('drops names that repeat the title in another form', () => {
		expect(
			distinctAliases('The Sialkot surgical instruments cluster', [
				'Sialkot surgical instruments',
				'Sialkot',
				'Sialkot surgical instruments cluster',
			]),
		).toEqual([]);
	});
	it('keeps names a reader might search for, in order, each once', () => {
		expect(
			distinctAliases('The Ludhiana knitwear cluster', [
				'Ludhiana woollen knitwear',
				'Ludhiana',
				'Manchester of India',
				'ludhiana  woollen-knitwear',
				'Ludhiana hosiery',
			]),
		).toEqual(['Ludhiana woollen knitwear', 'Manchester of India', 'Ludhiana hosiery']);
	});
	it('compares whole words, ignoring case, accents and punctuation', () => {
		expect(normalizeName('Torreón, Mexico')).toBe(' torreon mexico ');
		expect(distinctAliases('Torreon blue jeans', ['Torreón', 'Torre'])).toEqual(['Torre']);
		expect(distinctAliases('Joint action', ['JA', 'joint-action'])).toEqual(['JA']);
	});
});
