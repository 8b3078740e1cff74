/**
 * The page count and size of each handout, written beside its link on the
 * path page. Both are known only once the PDFs are printed, after Astro has
 * written the pages: this step reads each PDF, finds the link's empty
 * `[data-pdf-facts]` span in the page's syntax tree, and puts the figures in
 * at the span's place in the file (the rest of the file is left byte for byte).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { PDFDocument } from 'pdf-lib';
import { pathLabels } from '../i18n/labels';
import type { HandoutVersion } from '../lib/site/urls';
import { formatSize } from './offline-copy';

/** What a reader learns of a PDF before opening it. */
export interface PdfFacts {
	pages: number;
	bytes: number;
}

/** The page count and size of a PDF. */
export async function pdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
	const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
	return { pages: pdf.getPageCount(), bytes: bytes.byteLength };
}

/** "(45 pages, 950 kB)". */
export const formatPdfFacts = (facts: PdfFacts): string => pathLabels.pdfFacts(facts.pages, formatSize(facts.bytes));

/**
 * A built path page with each `[data-pdf-facts]` span filled with the facts
 * of its version. Fails when the page has a span for a version with no PDF,
 * or when a span is not empty (the step ran twice).
 */
export function fillPdfFacts(html: string, facts: Partial<Record<HandoutVersion, PdfFacts>>): string {
	const spans: Element[] = [];
	const visit = (node: { children?: unknown[] }) => {
		for (const child of (node.children ?? []) as (Element | { type: string })[]) {
			if (child.type !== 'element') continue;
			const element = child as Element;
			if (element.properties.dataPdfFacts !== undefined) spans.push(element);
			visit(element);
		}
	};
	visit(fromHtml(html));
	let filled = html;
	// From the end of the file backwards, so that earlier offsets still hold.
	for (const span of spans.sort((a, b) => (b.position?.start.offset ?? 0) - (a.position?.start.offset ?? 0))) {
		const version = String(span.properties.dataPdfFacts) as HandoutVersion;
		const ofVersion = facts[version];
		const start = span.position?.start.offset;
		const end = span.position?.end.offset;
		if (!ofVersion) throw new Error(`no ${version} PDF for the [data-pdf-facts="${version}"] span`);
		if (start === undefined || end === undefined || span.children.length > 0)
			throw new Error(`the [data-pdf-facts="${version}"] span is not an empty element of the page`);
		const text = h('span', { ...span.properties }, formatPdfFacts(ofVersion));
		filled = `${filled.slice(0, start)}${toHtml(text)}${filled.slice(end)}`;
	}
	return filled;
}

/** Writes the facts of `paths/<id>/<version>.pdf` into every built path page; returns how many pages it filled. */
export async function writePdfFacts(distDir: string, versions: readonly HandoutVersion[]): Promise<number> {
	const pathsDir = join(distDir, 'paths');
	if (!existsSync(pathsDir)) return 0;
	let pages = 0;
	for (const dir of readdirSync(pathsDir, { withFileTypes: true })) {
		const page = join(pathsDir, dir.name, 'index.html');
		if (!dir.isDirectory() || !existsSync(page)) continue;
		const facts: Partial<Record<HandoutVersion, PdfFacts>> = {};
		for (const version of versions) {
			const pdf = join(pathsDir, dir.name, `${version}.pdf`);
			if (!existsSync(pdf)) continue;
			facts[version] = await pdfFacts(new Uint8Array(readFileSync(pdf)));
		}
		writeFileSync(page, fillPdfFacts(readFileSync(page, 'utf8'), facts));
		pages++;
	}
	return pages;
}
