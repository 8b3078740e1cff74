import { z } from 'astro/zod';
import { sitePathPattern } from './site-path';

/**
 * A longer text of one of the site's fixed pages, written as MDX in
 * `content/pages/<id>.mdx`: the trainers' guide, and the introductions of
 * the home, paper, charts, taxonomy and cluster map pages. The page's
 * template places it (`<Content />`) and passes in what the text names
 * from the site's data (addresses, titles, counts) as `props`, so the
 * words stay in content and the facts in one place.
 */
export const pageTextSchema = z
	.object({
		/** The address of the page that shows the text (`/for-trainers/`), for writers: the template decides where it goes. */
		page: z.string().regex(sitePathPattern, 'a site path such as /for-trainers/'),
		/** What the text is on that page, for writers: "the whole body", "the introduction above the charts". */
		part: z.string().min(3),
	})
	.strict();
