import { describe, expect, it } from 'vitest';
import { missingEnglishName, shownNameProblems, translatedNameProblems } from '../../scripts/lib/glossary-names';

const paper = `the trade association Surgical Instrument Manufacturer’s
Association (SIMA), and the EU ban`;

describe("names shown as the paper's: the paper's, or marked as the site's", () => {
	it("finds a name across the paper's line breaks, whatever the apostrophe and the case", () => {
		expect(shownNameProblems([{ id: 'sima', name: "surgical instrument manufacturer's association" }], paper)).toEqual(
			[],
		);
	});
	it('asks for the mark on a name the paper does not give, and accepts it once there', () => {
		expect(shownNameProblems([{ id: 'eu', name: 'European Union' }], paper)).toEqual([
			{
				id: 'eu',
				problem:
					'"European Union" is not in the paper: mark it nameInPaper: false (its page then says so), or use the paper\'s name',
			},
		]);
		expect(shownNameProblems([{ id: 'eu', name: 'European Union', nameInPaper: false }], paper)).toEqual([]);
	});
	it('asks to drop the mark from a name the paper gives', () => {
		expect(
			shownNameProblems(
				[{ id: 'sima', name: 'Surgical Instrument Manufacturer’s Association', nameInPaper: false }],
				paper,
			),
		).toEqual([
			{
				id: 'sima',
				problem: '"Surgical Instrument Manufacturer’s Association" is in the paper: remove nameInPaper: false',
			},
		]);
	});
	it('asks to move another name the paper does not write to searchTerms, and checks each one', () => {
		expect(
			shownNameProblems([{ id: 'sima', aliases: ['SIMA', 'Sialkot Surgical Association', 'the EU ban'] }], paper),
		).toEqual([
			{
				id: 'sima',
				problem:
					'"Sialkot Surgical Association" is shown as another name the paper writes, but the paper does not: move it to searchTerms (searched, not shown)',
			},
		]);
	});
	it("checks a cluster's other names without a full name", () => {
		expect(shownNameProblems([{ id: 'eu-cluster', aliases: ['EU'] }], paper)).toEqual([]);
		expect(shownNameProblems([{ id: 'eu-cluster', aliases: ['European Union'] }], paper)).toHaveLength(1);
	});
	it('keeps a translation from showing what the English keeps out of sight, accents counting', () => {
		const english = { name: 'European Union', nameInPaper: false as const, searchTerms: ['Abicalcados', 'Torreón'] };
		expect(translatedNameProblems(english, ['UE', 'EU', 'Abicalçados', 'Torreon'])).toEqual([]);
		expect(translatedNameProblems(english, ['european union', 'Torreón'])).toEqual([
			'"european union" is shown as another name the paper writes, but the English record does not show it as the paper\'s: move it to searchTerms',
			'"Torreón" is shown as another name the paper writes, but the English record does not show it as the paper\'s: move it to searchTerms',
		]);
		expect(translatedNameProblems({ name: 'European Union' }, ['European Union'])).toEqual([]);
	});
	it('fails on a translated name both shown (its record or the terminology table) and kept among its searchTerms', () => {
		// The Spanish "CGV" renders "GVC", which the paper does not write: it is searched, so it may not also be shown.
		expect(translatedNameProblems({ searchTerms: ['GVC'] }, ['cadenas mundiales de valor', 'CGV'], ['CGV'])).toEqual([
			'"CGV" is shown as another name the paper writes, and also kept out of sight in searchTerms: keep it in one',
		]);
		expect(translatedNameProblems({ searchTerms: ['GVC'] }, ['cadenas mundiales de valor'], ['CGV'])).toEqual([]);
	});
	it('asks a translated concept page to show one of its English names, whatever the case', () => {
		const english = ['Joint action', 'collective action'];
		expect(missingEnglishName(english, ['Action conjointe', 'joint action'])).toEqual([]);
		expect(missingEnglishName(english, ['Action conjointe', 'Collective Action'])).toEqual([]);
		expect(missingEnglishName(english, ['Action conjointe', 'action collective'])).toEqual([
			'shows none of the English names of its concept ("Joint action", "collective action"): add one to its aliases, as the other concepts show theirs ("joint action")',
		]);
	});
});
