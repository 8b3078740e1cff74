/**
 * The date of this build, used as the "accessed"/"retrieved" date of a page
 * citation: a static page's text is fixed when it is built, so that date
 * names the version the reader saw. `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention) pins it for repeatable output.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
	const epoch = env.SOURCE_DATE_EPOCH;
	const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
	// Days only: two builds on the same day cite the same date.
	return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
