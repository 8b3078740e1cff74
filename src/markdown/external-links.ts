/**
 * Links to other sites: they open in the same tab, and carry
 * `rel="noopener noreferrer"` so the other site gets neither a handle on
 * this page nor its address. One rule for content (through
 * rehype-external-links in the Markdown pipeline) and templates (which use
 * {@link externalRel}); a test over `dist/` checks every page.
 */
import type { Options } from 'rehype-external-links';

/** The `rel` tokens every link to another origin carries. */
export const externalRel = ['noopener', 'noreferrer'] as const;

/** rehype-external-links options: the rel above and no target (readers choose where a link opens). */
export const externalLinks: Options = { rel: [...externalRel], protocols: ['http', 'https'] };
