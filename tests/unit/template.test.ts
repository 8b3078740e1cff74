import { describe, expect, it } from 'vitest';
import { templateParts, templatePlaces } from '../../src/i18n/template';

describe('sentence templates', () => {
	it('splits a sentence into its text and its named places, in order', () => {
		expect(templateParts('Try the {search}, the {concepts} or the {home}.')).toEqual([
			{ text: 'Try the ' },
			{ place: 'search' },
			{ text: ', the ' },
			{ place: 'concepts' },
			{ text: ' or the ' },
			{ place: 'home' },
			{ text: '.' },
		]);
	});
	it('keeps text without places whole, and braces that name no place as text', () => {
		expect(templateParts('No places here.')).toEqual([{ text: 'No places here.' }]);
		expect(templateParts('{title} and { spaced } and {}')).toEqual([
			{ place: 'title' },
			{ text: ' and { spaced } and {}' },
		]);
	});
	it('names each place once', () => {
		expect(templatePlaces('{a} {b} {a}')).toEqual(['a', 'b']);
	});
});
