/** Gate: on every built page, the main content has one h1 and its headings skip no level going down. */
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';

describe('headings of every page', () => {
	it('have one h1 in the main content, and no level skipped going down', () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(150);
		const problems: string[] = [];
		for (const page of pages) {
			const levels = selectAll('main :is(h1, h2, h3, h4, h5, h6)', page.tree).map((h) => Number(h.tagName[1]));
			const h1s = levels.filter((l) => l === 1).length;
			if (h1s !== 1) problems.push(`${page.path}: ${h1s} h1`);
			for (let i = 1; i < levels.length; i++)
				if (levels[i] - levels[i - 1] > 1) problems.push(`${page.path}: h${levels[i - 1]} then h${levels[i]}`);
		}
		expect(problems).toEqual([]);
	});
});
