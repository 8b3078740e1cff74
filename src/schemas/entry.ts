import { z } from 'astro/zod';
import { entryIdList } from './ids';

/**
 * Fields every written entry (concept, case, lesson, recommendation) carries.
 * Each list holds ids of entries in other collections; `buildSiteIndex`
 * checks that each id exists and fails the build naming the file if not.
 */
export const entryBaseShape = {
	/** The page title, in sentence case. */
	title: z.string().min(3),
	/**
	 * One plain sentence that says what the entry is: the line a reader could quote.
	 * Used as the page lead, in listings, in search results and in link previews.
	 */
	summary: z
		.string()
		.min(20)
		.max(320)
		.refine((s) => /[.!?]$/.test(s.trim()), { message: 'the summary is one sentence ending with a full stop' }),
	/** Concept tags (ids in `content/concepts/`). Each tag puts this entry on that concept's page. */
	concepts: entryIdList,
	/** The sections of the paper this entry draws on (ids in `content/paper-sections/`). At least one. */
	sections: entryIdList.refine((ids) => ids.length > 0, { message: 'name at least one paper section' }),
	/** Works the paper cites that this entry relies on (ids in `content/sources/`). */
	citedWorks: entryIdList,
	/** Institutions and abbreviations the entry uses (ids in `content/organizations/`). */
	organizations: entryIdList,
	/** Clusters the entry discusses (ids in `content/clusters/`). */
	clusters: entryIdList,
	/** The date the entry was last reviewed against the paper (YYYY-MM-DD). */
	updated: z.coerce.date().optional(),
};
