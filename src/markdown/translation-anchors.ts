/**
 * A translated page keeps its English page's anchors: the same heading ids
 * and paragraph anchors, block for block, so a trainer's link to
 * `/concepts/joint-action/#p-joint-action-is-what-firms-in` opens the same
 * paragraph in `/fr/concepts/joint-action/`, and the language switcher can
 * keep the reader's place. The English ids are read from the English file
 * with the same rules the English page uses (heading slugs, block anchors);
 * a translation whose headings or blocks do not match one for one fails
 * the build, naming the file.
 */
import type { Element, Root } from 'hast';
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { blockAnchorIds } from './block-anchor-ids';
import { splitFrontmatter } from '../lib/content/frontmatter';
import { isLanguage, sourceLanguage } from '../i18n/languages';

export class TranslationShapeError extends Error {
	override name = 'TranslationShapeError';
}

/** For a translation file (`content/fr/concepts/x.mdx`), its language and English file; otherwise undefined. */
export function translationSource(source: string): { language: string; englishFile: string } | undefined {
	const [top, language, ...rest] = source.split('\\').join('/').split('/');
	if (top !== 'content' || !isLanguage(language) || language === sourceLanguage || rest.length !== 2) return undefined;
	return { language, englishFile: ['content', ...rest].join('/') };
}

// MDX nodes go through to the HTML tree as they do in the build, so blocks inside components count the same way.
const mdxNodes = [
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxTextExpression',
] as const;
const englishProcessor = unified()
	.use(remarkParse)
	.use(remarkMdx)
	.use(remarkGfm)
	.use(remarkRehype, { passThrough: [...mdxNodes] } satisfies RemarkRehypeOptions)
	.use(rehypeHeadingIds);

interface PageAnchors {
	headings: string[];
	blocks: string[];
}

const cache = new Map<string, { text: string; anchors: PageAnchors }>();

/** The heading ids and block anchors of an English page, in reading order. */
export function englishAnchors(englishPath: string): PageAnchors {
	const text = readFileSync(englishPath, 'utf8');
	const cached = cache.get(englishPath);
	if (cached?.text === text) return cached.anchors;
	const file = new VFile({ path: englishPath, value: splitFrontmatter(text).body });
	const tree = englishProcessor.runSync(englishProcessor.parse(file), file) as Root;
	const headings = ((file.data as { astro?: { headings?: { slug: string }[] } }).astro?.headings ?? []).map(
		(h) => h.slug,
	);
	const anchors = { headings, blocks: blockAnchorIds(tree) };
	cache.set(englishPath, { text, anchors });
	return anchors;
}

const isHeading = (node: Element) => /^h[1-6]$/.test(node.tagName);

/**
 * Gives a translated page its English heading ids (in the tree and in the
 * headings Astro lists for the contents) and returns the English anchors of
 * its `blockCount` blocks.
 */
export function englishAnchorsFor(
	tree: Root,
	file: VFile,
	englishPath: string,
	source: string,
	blockCount: number,
): string[] {
	const english = englishAnchors(englishPath);
	const headings: Element[] = [];
	visit(tree, 'element', (node: Element) => {
		if (isHeading(node)) headings.push(node);
	});
	const shape = (what: string, mine: number, theirs: number) =>
		new TranslationShapeError(
			`${source}: ${mine} ${what} where its English page has ${theirs}. A translation keeps the English blocks one for one, so that both share their anchors (content/TRANSLATING.md; node scripts/translations.ts check ${source.replace(/^content\//, '')} shows where)`,
		);
	if (headings.length !== english.headings.length) throw shape('headings', headings.length, english.headings.length);
	if (blockCount !== english.blocks.length)
		throw shape('paragraphs, list items and tables', blockCount, english.blocks.length);
	const listed = (file.data as { astro?: { headings?: { slug: string }[] } }).astro?.headings ?? [];
	headings.forEach((heading, i) => {
		heading.properties.id = english.headings[i];
		if (listed[i]) listed[i].slug = english.headings[i]!;
	});
	return english.blocks;
}
