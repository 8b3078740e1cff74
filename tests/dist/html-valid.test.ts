/** Gate: every built page is valid HTML (html-validate, standard preset, `.htmlvalidate.json`). */
import { describe, expect, it } from 'vitest';
import { formatHtmlProblems, htmlProblemsIn, projectValidator } from '../helpers/html-validation';
import { htmlFiles } from '../../src/integration/dist-files';
import { distDir } from '../helpers/dist';

describe('every page of dist/', () => {
	it('has no html-validate error', async () => {
		const files = [...htmlFiles(distDir)];
		expect(files.length).toBeGreaterThan(100);
		const problems = await htmlProblemsIn(projectValidator(), distDir, files);
		expect(problems, formatHtmlProblems(problems.slice(0, 50))).toEqual([]);
	});
});
