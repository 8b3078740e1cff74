import { describe, expect, it } from 'vitest';
import { namedEntries } from '../../src/lib/content/named-entries';

describe('entries a page names by id', () => {
	const concepts = new Map([
		['upgrading', { id: 'upgrading' }],
		['joint-action', { id: 'joint-action' }],
	]);
	it('returns them in the order the page gives', () => {
		expect(
			namedEntries(concepts, 'concepts', ['joint-action', 'upgrading'], 'src/pages/index.astro').map((c) => c.id),
		).toEqual(['joint-action', 'upgrading']);
	});
	it('fails naming the page file and every unknown id, instead of dropping them', () => {
		expect(() =>
			namedEntries(concepts, 'concepts', ['upgradin', 'joint-action', 'no-such-thing'], 'src/pages/index.astro'),
		).toThrow(
			'src/pages/index.astro names entries that do not exist (no file in content/concepts/):\n' +
				'  - unknown concepts id "upgradin" (did you mean "upgrading"?)\n' +
				'  - unknown concepts id "no-such-thing"',
		);
	});
});
