/**
 * The prose of a content file, every field of it: the text a reader sees
 * comes from the body and from any frontmatter or YAML field (a path's
 * objectives, questions and facilitator notes, a glossary entry's
 * description, a timeline event). Checks that read "the content" read this.
 */
import { load } from 'js-yaml';

import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';

export { splitFrontmatter };

/** Every string of a parsed YAML value that holds more than one word, in document order. */
function phrases(value: unknown, found: string[] = []): string[] {
	if (typeof value === 'string') {
		if (/\s/.test(value.trim())) found.push(value.trim());
	} else if (Array.isArray(value)) value.forEach((item) => phrases(item, found));
	else if (value && typeof value === 'object') Object.values(value).forEach((item) => phrases(item, found));
	return found;
}

/**
 * A content file's prose as Markdown: each field's text as a paragraph of
 * its own (ending with a full stop where it has no end mark, so that
 * sentence splitters keep fields apart), then the body.
 */
export function proseOf(source: string, format: 'yaml' | 'mdx'): string {
	const { frontmatter, body } = format === 'yaml' ? { frontmatter: source, body: '' } : splitFrontmatter(source);
	const fields = phrases(load(frontmatter)).map((text) => (/[.!?:;]$/.test(text) ? text : `${text}.`));
	return [...fields, body].join('\n\n');
}
