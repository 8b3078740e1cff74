/** An MDX or Markdown file split into its YAML frontmatter and its body (the one splitter of content files). */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, '\n'));
	if (!match) throw new Error('no frontmatter: a content file starts with a --- block');
	return { frontmatter: match[1]!, body: match[2]! };
}
