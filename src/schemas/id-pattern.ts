/**
 * A permanent id: the file name of an entry, and the last segment of its URL.
 * Lower-case words joined by single hyphens, so that every id is also a clean,
 * stable URL slug that trainers can paste into slides. Stated here once, in a
 * module without Zod, because browser code (search) uses it too.
 */
export const idSource = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** A whole string that is an id. */
export const idPattern = new RegExp(`^${idSource}$`);
