/**
 * The page count and size of each handout, written beside its link once
 * the PDFs exist (src/integration/pdf-facts.ts). The built pages carry the
 * real figures of the real files: tests/dist/teaching.test.ts.
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fillPdfFacts, formatPdfFacts, pdfFacts } from '../../src/integration/pdf-facts';

const page = (spans: string) =>
	`<!doctype html><html lang="en"><head><title>A path</title></head><body><ul>${spans}</ul><p>Café &amp; more</p></body></html>`;
const learner =
	'<li><a href="/paths/a/learner.pdf">Handout</a> <span class="path-pdf-facts" data-pdf-facts="learner"></span></li>';
const facilitator =
	'<li><a href="/paths/a/facilitator.pdf">Guide</a> <span class="path-pdf-facts" data-pdf-facts="facilitator"></span></li>';

describe('PDF facts', () => {
	it('reads the page count and size of a PDF', async () => {
		const pdf = await PDFDocument.create();
		for (let i = 0; i < 3; i++) pdf.addPage();
		const bytes = await pdf.save();
		expect(await pdfFacts(bytes)).toEqual({ pages: 3, bytes: bytes.byteLength });
	});

	it('are written as pages and size', () => {
		expect(formatPdfFacts({ pages: 45, bytes: 949_591 })).toBe('(45 pages, 950 kB)');
		expect(formatPdfFacts({ pages: 1, bytes: 1_250_000 })).toBe('(1 page, 1.3 MB)');
	});

	it('fill each span with the facts of its version and leave the rest of the page as it was', () => {
		const html = page(`${learner}${facilitator}`);
		const filled = fillPdfFacts(html, {
			learner: { pages: 42, bytes: 900_000 },
			facilitator: { pages: 45, bytes: 950_000 },
		});
		expect(filled).toBe(
			html
				.replace('data-pdf-facts="learner"></span>', 'data-pdf-facts="learner">(42 pages, 900 kB)</span>')
				.replace('data-pdf-facts="facilitator"></span>', 'data-pdf-facts="facilitator">(45 pages, 950 kB)</span>'),
		);
	});

	it('fail on a span for a PDF that was not printed, and on a span already filled', () => {
		expect(() => fillPdfFacts(page(facilitator), { learner: { pages: 1, bytes: 1 } })).toThrow(/no facilitator PDF/);
		const once = fillPdfFacts(page(learner), { learner: { pages: 2, bytes: 2000 } });
		expect(() => fillPdfFacts(once, { learner: { pages: 2, bytes: 2000 } })).toThrow(/not an empty element/);
	});
});
