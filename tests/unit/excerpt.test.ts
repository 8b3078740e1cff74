import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search/excerpt';

describe('search excerpts', () => {
	it('keeps the matched words as highlighted parts and the rest as text', () => {
		expect(excerptParts('firms in <mark>Sialkot</mark> learnt')).toEqual([
			{ text: 'firms in ', marked: false },
			{ text: 'Sialkot', marked: true },
			{ text: ' learnt', marked: false },
		]);
	});
	it('leaves any other markup as plain text, never as elements', () => {
		const parts = excerptParts('a <img src=x onerror=alert(1)> and <mark><script>alert(2)</script></mark> R&D &amp;');
		expect(parts).toEqual([
			{ text: 'a <img src=x onerror=alert(1)> and ', marked: false },
			{ text: '<script>alert(2)</script>', marked: true },
			{ text: ' R&D &amp;', marked: false },
		]);
	});
});
