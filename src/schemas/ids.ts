import { z } from 'astro/zod';

import { idPattern } from './id-pattern.ts';

/** A reference to another entry by id. Whether the target exists is checked by `buildSiteIndex`. */
export const entryId = z
	.string()
	.regex(idPattern, { message: 'ids are lower-case words joined by hyphens, e.g. "joint-action"' });

/** A list of references; duplicates are a mistake, not an emphasis. */
export const entryIdList = z
	.array(entryId)
	.default([])
	.refine((ids) => new Set(ids).size === ids.length, { message: 'the same id is listed twice' });
