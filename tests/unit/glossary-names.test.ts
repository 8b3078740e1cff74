import { describe, expect, it } from 'vitest';
import { glossaryNameProblems } from '../../scripts/lib/glossary-names';

const paper = `the trade association Surgical Instrument Manufacturer’s
Association (SIMA), and the EU ban`;

describe("glossary names: the paper's, or marked as the site's", () => {
	it("finds a name across the paper's line breaks, whatever the apostrophe and the case", () => {
		expect(
			glossaryNameProblems([{ id: 'sima', name: "surgical instrument manufacturer's association" }], paper),
		).toEqual([]);
	});
	it('asks for the mark on a name the paper does not give, and accepts it once there', () => {
		expect(glossaryNameProblems([{ id: 'eu', name: 'European Union' }], paper)).toEqual([
			{
				id: 'eu',
				problem:
					'"European Union" is not in the paper: mark it nameInPaper: false (its page then says so), or use the paper\'s name',
			},
		]);
		expect(glossaryNameProblems([{ id: 'eu', name: 'European Union', nameInPaper: false }], paper)).toEqual([]);
	});
	it('asks to drop the mark from a name the paper gives', () => {
		expect(
			glossaryNameProblems(
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
});
