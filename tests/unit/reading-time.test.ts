import { describe, expect, it } from 'vitest';
import {
	measureMarkdown,
	readingMinutes,
	unitReadingMinutes,
	wordsPerMinute,
} from '../../src/lib/content/reading-time';
import { formatMinutes } from '../../src/i18n/labels';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('measureMarkdown', () => {
	it('counts the words a reader reads, not link targets or markup', () => {
		expect(measureMarkdown('Firms **cooperate** in [joint action](concepts:joint-action).').words).toBe(5);
		expect(measureMarkdown('## Why it matters\n\n- one\n- two three').words).toBe(6);
	});

	it('leaves out code and counts each Mermaid diagram once', () => {
		const md =
			'Two words.\n\n```mermaid\nflowchart LR\n  A[Lots of label words here] --> B\n```\n\n```js\nconst x = 1;\n```';
		expect(measureMarkdown(md)).toEqual({ words: 2, diagrams: 1 });
	});

	it('does not count punctuation alone as a word', () => {
		expect(measureMarkdown('Skills – workers, firms — and clusters.').words).toBe(5);
	});
});

describe('readingMinutes', () => {
	it('rounds up to whole minutes at the stated pace, at least one', () => {
		expect(readingMinutes({ words: 0, diagrams: 0 })).toBe(1);
		expect(readingMinutes({ words: wordsPerMinute, diagrams: 0 })).toBe(1);
		expect(readingMinutes({ words: wordsPerMinute + 1, diagrams: 0 })).toBe(2);
		expect(readingMinutes({ words: wordsPerMinute * 10, diagrams: 0 })).toBe(10);
	});

	it('adds time for diagrams', () => {
		expect(readingMinutes({ words: wordsPerMinute * 2, diagrams: 2 })).toBe(3);
	});

	it('grows with the text of a unit, summary included', () => {
		const short = unitReadingMinutes('A summary.', words(100));
		const long = unitReadingMinutes('A summary.', words(1000));
		expect(short).toBe(1);
		expect(long).toBe(Math.ceil(1002 / wordsPerMinute));
	});
});

describe('formatMinutes', () => {
	it('writes minutes and hours', () => {
		expect(formatMinutes(5)).toBe('5 min');
		expect(formatMinutes(60)).toBe('1 h');
		expect(formatMinutes(185)).toBe('3 h 05 min');
	});
});
