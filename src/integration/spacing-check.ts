/**
 * Finds words glued to a link or other inline element, the kind of slip an
 * Astro template makes when a line break between text and a tag is dropped
 * ("for example/concepts/x/", "References ·Glossary"). Runs over the built
 * HTML, parsed with hast, so it sees every page, component and content file.
 *
 * A slip is text ending in a letter, digit or closing punctuation right
 * against an inline element whose text starts with a letter, digit, slash
 * or opening bracket, or
 * the same the other way round. Legitimate joins are not flagged: an
 * opening bracket, quote, slash, hyphen or `#` before the element, and a
 * possessive ('s) or plural s after it ("SMEs" with SME marked as <abbr>).
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { DistPage } from './dist-files';

/** Elements read as part of the running text. */
const inlineElements = new Set([
	'a',
	'abbr',
	'b',
	'cite',
	'code',
	'dfn',
	'em',
	'i',
	'kbd',
	'mark',
	'q',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'var',
]);
/** Elements whose content is not running text. */
const skipped = new Set(['svg', 'pre', 'script', 'style', 'template', 'textarea']);

const endsGlued = /[\p{L}\p{N}:;,.!?)·]$/u;
/** The start of an element's text that cannot follow a word without a space (a word, a path, a bracket). */
const startsWord = /^[\p{L}\p{N}/(]/u;
const endsWord = /[\p{L}\p{N}]$/u;
/** After an inline element: a word, unless it is a plural s. */
const startsGluedWord = (text: string) => /^[\p{L}\p{N}]/u.test(text) && !/^s(?![\p{L}\p{N}])/u.test(text);

const isInline = (node: ElementContent | undefined): node is Element =>
	node?.type === 'element' && inlineElements.has(node.tagName);
const snippet = (before: string, element: Element, after = '') =>
	`${before.slice(-30)}<${element.tagName}>${toString(element).slice(0, 30)}</${element.tagName}>${after.slice(0, 30)}`.replace(
		/\s+/g,
		' ',
	);

/** The glued joins of one page, each as a short snippet of the text around it. */
export function findMissingSpaces(tree: Root): string[] {
	const found: string[] = [];
	visit(tree, 'element', (node) => {
		if (skipped.has(node.tagName)) return 'skip';
		node.children.forEach((child, i) => {
			if (child.type !== 'text') return;
			const previous = node.children[i - 1];
			const next = node.children[i + 1];
			if (isInline(next) && endsGlued.test(child.value) && startsWord.test(toString(next))) {
				found.push(snippet(child.value, next));
			}
			if (isInline(previous) && endsWord.test(toString(previous)) && startsGluedWord(child.value)) {
				found.push(snippet('', previous, child.value));
			}
		});
		return undefined;
	});
	return found;
}

/** Every glued join in the built pages, as "page: snippet" lines. */
export function checkSpacing(pages: readonly DistPage[]): string[] {
	return pages.flatMap((page) => findMissingSpaces(page.tree).map((s) => `${page.path}: ${s}`));
}
