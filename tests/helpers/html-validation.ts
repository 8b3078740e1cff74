/**
 * HTML validity of built pages with html-validate and the project's
 * `.htmlvalidate.json` (the standard preset). Used by the gate over `dist/`
 * (tests/dist) and by its own test on a broken fixture page.
 */
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { join } from 'node:path';

export interface HtmlProblem {
	file: string;
	line: number;
	column: number;
	rule: string;
	message: string;
}

const toProblem = (file: string, m: Message): HtmlProblem => ({
	file,
	line: m.line,
	column: m.column,
	rule: m.ruleId,
	message: m.message,
});

/** The project's validator: `.htmlvalidate.json` is found from each file's folder upwards, as the CLI does. */
export function projectValidator(): HtmlValidate {
	return new HtmlValidate(new FileSystemConfigLoader());
}

/** Errors in one HTML document; `file` (a path in the project) selects the config and names the problems. */
export async function htmlProblems(validator: HtmlValidate, html: string, file: string): Promise<HtmlProblem[]> {
	const report = await validator.validateString(html, file);
	return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => toProblem(file, m)));
}

/** Errors in files of a folder (paths relative to it). */
export async function htmlProblemsIn(
	validator: HtmlValidate,
	dir: string,
	files: Iterable<string>,
): Promise<HtmlProblem[]> {
	const problems: HtmlProblem[] = [];
	for (const file of files) {
		const report = await validator.validateFile(join(dir, file));
		for (const r of report.results) {
			for (const m of r.messages) if (m.severity === 2) problems.push(toProblem(file, m));
		}
	}
	return problems;
}

export const formatHtmlProblems = (problems: HtmlProblem[]) =>
	problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} (${p.rule})`).join('\n');
