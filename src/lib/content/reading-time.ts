/**
 * Reading time of a unit, computed from its text at build time (never typed
 * by a writer, so it stays true when the text changes). Pure: tests call it
 * with plain Markdown.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';

/** Words a reader new to the topic reads per minute in study text (slower than leisure reading). */
export const wordsPerMinute = 200;
/** Time to read one diagram (a Mermaid block), in seconds. */
export const secondsPerDiagram = 30;

/** What a text holds for reading: its words (code excluded) and its diagrams. */
export interface TextMeasure {
	words: number;
	diagrams: number;
}

const wordPattern = /[\p{L}\p{N}]/u;

/** Counts the words of a Markdown text (link targets, code and markup excluded) and its Mermaid diagrams. */
export function measureMarkdown(markdown: string): TextMeasure {
	const measure: TextMeasure = { words: 0, diagrams: 0 };
	const walk = (node: Nodes) => {
		if (node.type === 'code') {
			if (node.lang === 'mermaid') measure.diagrams++;
			return;
		}
		if (node.type === 'text' || node.type === 'inlineCode') {
			measure.words += node.value.split(/\s+/).filter((token) => wordPattern.test(token)).length;
			return;
		}
		if ('children' in node) for (const child of node.children) walk(child as Nodes);
	};
	walk(fromMarkdown(markdown));
	return measure;
}

/** Whole minutes to read a text: at least 1, rounded up. */
export function readingMinutes({ words, diagrams }: TextMeasure): number {
	const minutes = words / wordsPerMinute + (diagrams * secondsPerDiagram) / 60;
	return Math.max(1, Math.ceil(minutes));
}

/** Reading time of a unit: its summary and its body. */
export function unitReadingMinutes(summary: string, body: string): number {
	const measure = measureMarkdown(`${summary}\n\n${body}`);
	return readingMinutes(measure);
}
