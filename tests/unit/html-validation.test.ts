/** The HTML gate over dist/ (tests/dist/html-valid.test.ts) fails on invalid pages: proven on fixtures. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlProblems, htmlProblemsIn, projectValidator } from '../helpers/html-validation';
import { projectRoot } from '../helpers/fixture-site';

const fixtures = join(projectRoot, 'tests', 'fixtures', 'html');
const validator = projectValidator();

describe('the HTML validity gate', () => {
	it('reports each error of an invalid page with file, line and rule', async () => {
		const problems = await htmlProblemsIn(validator, fixtures, ['invalid-page.html']);
		const rules = problems.map((p) => p.rule);
		expect(rules).toContain('attribute-misuse'); // <meta content> without name
		expect(rules).toContain('attribute-allowed-values'); // action=""
		expect(rules).toContain('no-dup-id');
		expect(problems.find((p) => p.rule === 'attribute-misuse')?.line).toBe(6);
		expect(problems.every((p) => p.file === 'invalid-page.html')).toBe(true);
	});

	it('passes the same page written validly', async () => {
		expect(await htmlProblemsIn(validator, fixtures, ['valid-page.html'])).toEqual([]);
	});

	it('uses the project config for a document given as text', async () => {
		const html = readFileSync(join(fixtures, 'invalid-page.html'), 'utf8');
		expect((await htmlProblems(validator, html, join(fixtures, 'page.html'))).length).toBeGreaterThan(0);
	});
});
