/**
 * Checks a printed PDF (a handout, or Chromium's print of a page) for the
 * two faults a reader meets on paper: a blank page, and a drawing cut in
 * two (its title on one page, its labels on the next). The PDF must be
 * tagged (Chromium's `tagged: true`): its structure tree says which content
 * belongs to which figure, so nothing is guessed from positions.
 *
 * pdf.js reads each page's text by marked-content id; pdf-lib walks the
 * structure tree, which pdf.js only shows page by page (so it cannot tell
 * one figure over two pages from two figures).
 */
import {
	PDFArray,
	PDFDict,
	PDFDocument,
	PDFHexString,
	PDFName,
	PDFNumber,
	PDFRef,
	PDFString,
	type PDFObject,
} from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What the check needs of a printed PDF. */
export interface PrintedLayout {
	/** For each page (first is 1), its tagged text: what the page shows, running header and footer left out. */
	pageText: string[];
	/** For each page, the text outside the document: Chromium's running header and footer. */
	marginText: string[];
	/**
	 * Every figure of the structure tree: the pages its content is on, and its
	 * text (caption and labels). A figure named by a heading (a chart, whose
	 * accessible name is the heading above it) counts that heading's page too.
	 */
	figures: { pages: number[]; text: string }[];
}

/** Marked content is named by page object and number, as pdf.js names it (`p116R_mc3`). */
const contentId = (pageRef: PDFRef, mcid: number) =>
	`p${pageRef.objectNumber}R${pageRef.generationNumber === 0 ? '' : pageRef.generationNumber}_mc${mcid}`;

/** Reads the pages' text and the figures of a tagged PDF. */
export async function readPrintedLayout(bytes: Uint8Array): Promise<PrintedLayout> {
	const text = new Map<string, string>();
	const pageText: string[] = [];
	const marginText: string[] = [];
	const task = getDocument({ data: bytes.slice(), verbosity: 0 });
	const pdf = await task.promise;
	try {
		for (let n = 1; n <= pdf.numPages; n++) {
			const page = await pdf.getPage(n);
			const content = await page.getTextContent({ includeMarkedContent: true });
			// Text outside marked content is not part of the document: Chromium's header and footer templates.
			const open: string[] = [];
			let onPage = '';
			let inMargin = '';
			for (const item of content.items) {
				if ('type' in item) {
					if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? '');
					else if (item.type === 'endMarkedContent') open.pop();
				} else if (open.length > 0) {
					const id = open.findLast((i) => i !== '') ?? '';
					text.set(id, `${text.get(id) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`);
					onPage += item.str;
				} else inMargin += `${item.str} `;
			}
			pageText.push(onPage.trim());
			marginText.push(inMargin.replace(/\s+/g, ' ').trim());
		}
	} finally {
		await task.destroy();
	}

	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
	if (!root) throw new Error('the PDF is not tagged: print it with `tagged: true`');
	const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), { number: i + 1, ref: p.ref }]));
	const deref = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);
	const kidsOf = (el: PDFDict) => {
		const k = deref(el.get(PDFName.of('K')));
		return k instanceof PDFArray ? k.asArray().map(deref) : k ? [k] : [];
	};
	const pageIn = (el: PDFDict, inherited?: { number: number; ref: PDFRef }) => {
		const pg = el.get(PDFName.of('Pg'));
		return pg ? pageOf.get(pg.toString()) : inherited;
	};
	/** Every piece of marked content under a structure element, in reading order. */
	const contentOf = (el: PDFDict, inherited?: { number: number; ref: PDFRef }): { page: number; id: string }[] => {
		const page = pageIn(el, inherited);
		return kidsOf(el).flatMap((kid) => {
			if (kid instanceof PDFNumber && page) return [{ page: page.number, id: contentId(page.ref, kid.asNumber()) }];
			if (!(kid instanceof PDFDict)) return [];
			if (kid.get(PDFName.of('S'))) return contentOf(kid, page);
			const mcid = kid.lookupMaybe(PDFName.of('MCID'), PDFNumber);
			const on = pageIn(kid, page);
			return mcid && on ? [{ page: on.number, id: contentId(on.ref, mcid.asNumber()) }] : [];
		});
	};
	const textOf = (content: { id: string }[]) =>
		content
			.map((c) => text.get(c.id) ?? '')
			.join(' ')
			.replace(/\s+/g, ' ')
			.trim();
	const figures: PrintedLayout['figures'] = [];
	/** The headings met so far, for the charts: a chart's title is a heading above it, which names it (its `Alt`). */
	const headings: { text: string; pages: number[] }[] = [];
	const visit = (el: PDFDict, inherited?: { number: number; ref: PDFRef }) => {
		const page = pageIn(el, inherited);
		const role = el.get(PDFName.of('S'))?.toString() ?? '';
		if (/^\/H[1-6]$/.test(role)) {
			const content = contentOf(el, page);
			headings.push({ text: textOf(content), pages: content.map((c) => c.page) });
		}
		if (role === '/Figure') {
			const content = contentOf(el, page);
			const alt = el.lookupMaybe(PDFName.of('Alt'), PDFString, PDFHexString)?.decodeText().trim() ?? '';
			const title = alt === '' ? undefined : headings.findLast((h) => h.text === alt);
			figures.push({
				pages: [...new Set([...(title?.pages ?? []), ...content.map((c) => c.page)])].sort((a, b) => a - b),
				text: title ? `${title.text} ${textOf(content)}` : textOf(content),
			});
		}
		for (const kid of kidsOf(el)) if (kid instanceof PDFDict && kid.get(PDFName.of('S'))) visit(kid, page);
	};
	visit(root);
	return { pageText, marginText, figures };
}

/** A figure named in a message: the start of its caption or labels. */
const nameOf = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text || '(no text)');

/**
 * What is wrong with a printed layout, one line per fault: a page that
 * shows no text (blank, or only an empty frame: every drawing of this site
 * has a title and labels), and a figure whose content runs over more than
 * one page.
 */
export function printProblems(layout: PrintedLayout): string[] {
	const problems: string[] = [];
	layout.pageText.forEach((text, i) => {
		if (text === '') problems.push(`page ${i + 1} of ${layout.pageText.length} is blank`);
	});
	for (const figure of layout.figures) {
		if (figure.pages.length > 1)
			problems.push(`a drawing runs over pages ${figure.pages.join(', ')}: ${nameOf(figure.text)}`);
	}
	return problems;
}
