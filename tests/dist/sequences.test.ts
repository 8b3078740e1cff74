/**
 * Gate: a unit page has two "next" links when it belongs to a learning path,
 * the path's and its collection's. Each must say which sequence it follows,
 * or a learner following the bottom link walks the path backwards.
 */
import { describe, expect, it } from 'vitest';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { unitPagePattern } from '../../src/schemas/units';
import { t } from '../../src/i18n/ui';
import { builtPages } from '../helpers/dist';

const sequences = t().entry.sequences;

describe('previous and next on unit pages', () => {
	const units = builtPages().filter((p) => unitPagePattern.test(p.path));

	it('name the sequence they follow, on every unit page', () => {
		expect(units.length).toBeGreaterThan(100);
		const unnamed = units.flatMap((page) => {
			const [, collection] = unitPagePattern.exec(page.path)!;
			const nav = select('nav.prev-next', page.tree);
			if (!nav) return [`${page.path}: no previous/next links`];
			const words = sequences[collection as keyof typeof sequences];
			const labels = selectAll('a small', nav).map((s) => toString(s));
			const expected = [words.previous, words.next];
			return nav.properties.ariaLabel === words.name && labels.every((l) => expected.includes(l))
				? []
				: [`${page.path}: ${String(nav.properties.ariaLabel)} / ${labels.join(', ')}`];
		});
		expect(unnamed).toEqual([]);
	});

	it('tell the path’s next step apart from the collection’s on a lesson where the two differ', () => {
		const lesson = units.find((p) => p.path === '/lessons/sialkot-soft-technologies/')!;
		const pathNext = select('[data-path-next]', lesson.tree);
		const bottomNext = select('nav.prev-next a[rel="next"]', lesson.tree);
		expect(pathNext && bottomNext).toBeTruthy();
		expect(pathNext!.properties.href).not.toBe(bottomNext!.properties.href);
		expect(toString(select('small', pathNext!)!)).toBe(t().paths.nextInPath);
		expect(toString(select('small', bottomNext!)!)).toBe(sequences.lessons.next);
	});
});
