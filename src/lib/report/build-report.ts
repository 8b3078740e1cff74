/**
 * The build's report on itself: each step's one-line summary, printed in
 * the build log and also written as JSON outside `dist/`
 * (`.astro/build-report.json`, beside Astro's own cache), so that `npm run bench` reads
 * figures from a file instead of parsing the log.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The steps the build reports, by key, each a line of text ("117 drawn, 0 from cache, ..."). */
export type BuildReport = Record<string, string>;

/** Where a project's last build report is. */
export const buildReportPath = (root: string): string => join(root, '.astro', 'build-report.json');

export function writeBuildReport(root: string, report: BuildReport): void {
	const path = buildReportPath(root);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, `${JSON.stringify(report, null, '\t')}\n`);
}

/** The report of a project's last build, or an empty one when it never finished. */
export function readBuildReport(root: string): BuildReport {
	try {
		return JSON.parse(readFileSync(buildReportPath(root), 'utf8')) as BuildReport;
	} catch {
		return {};
	}
}
