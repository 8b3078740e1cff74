import { describe, expect, it } from 'vitest';
import { distinctAliases, normalizeName } from '../../src/lib/content/aliases';
import { organizationAliases } from '../../src/lib/content/organization';

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
	it("shows a glossary entry's other names that its title (abbreviation and name) does not already say", () => {
		expect(
			organizationAliases({
				abbreviation: 'SIMA',
				name: 'Surgical Instrument Manufacturer’s Association',
				aliases: ['SIMA', "Surgical Instrument Manufacturer's Association", 'Sialkot trade association'],
			}),
		).toEqual(['Sialkot trade association']);
		expect(organizationAliases({ abbreviation: 'UK', name: 'Royaume-Uni', aliases: ['UK'] })).toEqual([]);
	});
});
