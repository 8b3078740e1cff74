/**
 * The shape of an MDX body, block by block, so a translation can be held to
 * the English one: the same headings, paragraphs, list items, tables and
 * diagrams in the same order. The three editions share their heading and
 * paragraph anchors, and the build finds a translated block by its place,
 * so a split or merged paragraph would move every link after it.
 */
import type { Node, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseBody, contentLinksOfBody } from '../content/content-links.ts';
import type { ContentLink } from '../site/urls.ts';
import type { TranslatedLanguage } from '../../i18n/languages.ts';
import { hedgesOf } from './hedges.ts';

export interface OutlineBlock {
	/** `h2`, `p`, `li`, `table 4x3`, `code mermaid`, `<Chart>`... */
	kind: string;
	/** Line in the body where the block starts. */
	line: number;
	/** Its text, for headings and paragraphs. */
	text?: string;
}

/** Block nodes that carry an anchor or a drawing, in reading order. */
export function bodyOutline(tree: Root): OutlineBlock[] {
	const blocks: OutlineBlock[] = [];
	const walk = (node: Node) => {
		const line = node.position?.start.line ?? 0;
		switch (node.type) {
			case 'heading':
				blocks.push({ kind: `h${(node as unknown as { depth: number }).depth}`, line, text: toString(node) });
				break;
			case 'paragraph':
				blocks.push({ kind: 'p', line, text: toString(node) });
				return;
			case 'listItem':
				blocks.push({ kind: 'li', line });
				break;
			case 'table': {
				const rows = (node as Parent).children as Parent[];
				blocks.push({ kind: `table ${rows.length}x${rows[0]?.children.length ?? 0}`, line });
				return;
			}
			case 'code':
				blocks.push({ kind: `code ${(node as unknown as { lang?: string }).lang ?? ''}`.trim(), line });
				return;
			case 'mdxJsxFlowElement':
				blocks.push({ kind: `<${(node as unknown as { name?: string }).name ?? ''}>`, line });
				break;
		}
		if ('children' in node) for (const child of (node as Parent).children) walk(child);
	};
	walk(tree);
	return blocks;
}

/** Where a translated body's blocks stop matching the English ones, or undefined when they match. */
export function outlineMismatch(english: OutlineBlock[], translated: OutlineBlock[]): string | undefined {
	const length = Math.max(english.length, translated.length);
	for (let i = 0; i < length; i++) {
		const en = english[i];
		const tr = translated[i];
		if (en?.kind === tr?.kind) continue;
		const what = (b: OutlineBlock | undefined) => (b ? `${b.kind} (body line ${b.line})` : 'nothing');
		return `block ${i + 1} of the body differs: the English has ${what(en)}, the translation ${what(tr)}. Keep one block for one block (${english.length} in the English, ${translated.length} here)`;
	}
	return undefined;
}

const linkKey = (link: ContentLink) => `${link.scheme}:${link.id}${link.anchor ? `#${link.anchor}` : ''}`;

/** Content links the English body has and the translation lacks, and the reverse. */
export function linkMismatch(englishBody: string, translatedBody: string): string[] {
	const count = (body: string) => {
		const counts = new Map<string, number>();
		for (const link of contentLinksOfBody(body)) counts.set(linkKey(link), (counts.get(linkKey(link)) ?? 0) + 1);
		return counts;
	};
	const en = count(englishBody);
	const tr = count(translatedBody);
	const problems: string[] = [];
	for (const [key, n] of en)
		if ((tr.get(key) ?? 0) < n)
			problems.push(`the link to ${key} is missing (keep every link target and anchor as it is)`);
	for (const [key, n] of tr) if ((en.get(key) ?? 0) < n) problems.push(`a link to ${key} is not in the English`);
	return problems;
}

/** Parses and compares two MDX bodies: block shape and links. */
export function bodyProblems(englishBody: string, translatedBody: string): string[] {
	const problems: string[] = [];
	const mismatch = outlineMismatch(bodyOutline(parseBody(englishBody)), bodyOutline(parseBody(translatedBody)));
	if (mismatch) problems.push(mismatch);
	problems.push(...linkMismatch(englishBody, translatedBody));
	return problems;
}

/**
 * Blocks whose translation has fewer hedging words than the English (may,
 * often, seems...): candidates to read again, not verdicts. Only for
 * bodies whose blocks match.
 */
export function fewerHedges(englishBody: string, translatedBody: string, language: TranslatedLanguage): string[] {
	const english = bodyOutline(parseBody(englishBody));
	const translated = bodyOutline(parseBody(translatedBody));
	if (outlineMismatch(english, translated)) return [];
	return english.flatMap((block, i) => {
		if (block.text === undefined) return [];
		const en = hedgesOf(block.text, 'en');
		const tr = hedgesOf(translated[i]?.text ?? '', language);
		return tr.length < en.length
			? [
					`body line ${translated[i]?.line}: the English hedges with ${en.join(', ')}; the translation with ${tr.join(', ') || 'nothing'}`,
				]
			: [];
	});
}
