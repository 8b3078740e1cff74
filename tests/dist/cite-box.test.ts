/** Gate: every page a reader may cite offers the cite box; the search page and the "not found" page do not. */
import { describe, expect, it } from 'vitest';
import { select } from 'hast-util-select';
import { builtPages } from '../helpers/dist';

const uncitable = new Set(['/404.html', '/search/']);

describe('the cite box', () => {
	it('is on every citable page and on no other', () => {
		const wrong = builtPages()
			// Redirect pages of renamed entries hold nothing to cite.
			.filter((page) => select('meta[http-equiv="refresh"]', page.tree) === undefined)
			.flatMap((page) => {
				const hasBox = select('section.cite-this', page.tree) !== undefined;
				return hasBox === uncitable.has(page.path) ? [`${page.path}: ${hasBox ? 'has' : 'lacks'} the cite box`] : [];
			});
		expect(wrong).toEqual([]);
	});
});
