/**
 * The judge of printed pages (tests/helpers/print-check.ts), on layouts made
 * up here: the handout gate (tests/dist/handout-pages.test.ts) and the
 * browser's print (tests/e2e/print.spec.ts) read real PDFs into the same shape.
 */
import { describe, expect, it } from 'vitest';
import { printProblems } from '../helpers/print-check';

describe('printProblems', () => {
	it('passes pages that all show text and drawings each on one page', () => {
		expect(
			printProblems({
				pageText: ['Title', 'Text and a drawing', 'More text'],
				marginText: ['1 / 3', '2 / 3', '3 / 3'],
				figures: [{ pages: [2], text: 'A flowchart Step one Step two' }],
			}),
		).toEqual([]);
	});

	it('reports a page with no text, such as a frame left empty when its drawing moved on', () => {
		// The running header and footer are printed on every page, blank or not.
		expect(
			printProblems({ pageText: ['Title', '', 'Text'], marginText: ['1 / 3', '2 / 3', '3 / 3'], figures: [] }),
		).toEqual(['page 2 of 3 is blank']);
	});

	it('reports a drawing over several pages, named by its caption', () => {
		expect(
			printProblems({
				pageText: ['The FDA crisis', 'Hygiene deficiencies', 'Exports recover'],
				marginText: ['', '', ''],
				figures: [{ pages: [1, 2, 3], text: 'The FDA crisis in Sialkot and how the cluster responded' }],
			}),
		).toEqual(['a drawing runs over pages 1, 2, 3: The FDA crisis in Sialkot and how the cluster responded']);
	});
});
