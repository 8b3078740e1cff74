import { z } from 'astro/zod';

/**
 * A permanent id: the file name of an entry, and the last segment of its URL.
 * Lower-case words joined by single hyphens, so that every id is also a clean,
 * stable URL slug that trainers can paste into slides.
 */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by id. Whether the target exists is checked by `buildSiteIndex`. */
export const entryId = z
	.string()
	.regex(idPattern, { message: 'ids are lower-case words joined by hyphens, e.g. "joint-action"' });

/** A list of references; duplicates are a mistake, not an emphasis. */
export const entryIdList = z
	.array(entryId)
	.default([])
	.refine((ids) => new Set(ids).size === ids.length, { message: 'the same id is listed twice' });
