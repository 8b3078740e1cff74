import { describe, expect, it } from 'vitest';
import { excerptParts, labelledAliases } from '../../src/lib/search/excerpt';

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

describe('labelledAliases', () => {
	const label = 'Also known as:';
	const parts = excerptParts('active joint action, <mark>collective</mark> action. Joint action is');
	it('puts the label before an excerpt that begins with the other names', () => {
		expect(labelledAliases(parts, 'active joint action, collective action', label)[0]).toEqual({
			text: 'Also known as: ',
			marked: false,
		});
	});
	it('marks the cut when the excerpt begins a word or two into the names', () => {
		const cut = excerptParts('joint action, <mark>collective</mark> action. Joint action is');
		expect(labelledAliases(cut, 'active joint action, collective action', label)[0]?.text).toBe('Also known as: … ');
	});
	it('leaves other excerpts, pages without other names and excerpts that have the label alone', () => {
		expect(labelledAliases(parts, 'learning capacity', label)).toBe(parts);
		expect(labelledAliases(parts, undefined, label)).toBe(parts);
		const labelled = excerptParts('Also known as: active joint action');
		expect(labelledAliases(labelled, 'active joint action', label)).toBe(labelled);
	});
});
