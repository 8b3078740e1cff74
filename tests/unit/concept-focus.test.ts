import { describe, expect, it } from 'vitest';
import { focusPath, neighboursShown } from '../../src/lib/drawing/concept-focus';

describe('what the concept map picks out', () => {
	const near = { related: ['/b/', '/c/'], shared: ['/d/'] };

	it('is the related concepts, and those often tagged together only while their lines are shown', () => {
		expect(neighboursShown(near, false)).toEqual(['/b/', '/c/']);
		expect(neighboursShown(near, true)).toEqual(['/b/', '/c/', '/d/']);
		expect(neighboursShown(undefined, true)).toEqual([]);
	});

	it('draws one segment from the box to each neighbour, skipping any it cannot place', () => {
		const centres = new Map([
			['/a/', { x: 10, y: 20 }],
			['/b/', { x: 30.04, y: 40 }],
			['/c/', { x: 0, y: 5.55 }],
		]);
		expect(focusPath(centres, '/a/', ['/b/', '/c/', '/x/'])).toBe('M10 20L30 40M10 20L0 5.6');
		expect(focusPath(centres, '/x/', ['/b/'])).toBe('');
		expect(focusPath(centres, '/a/', [])).toBe('');
	});
});
