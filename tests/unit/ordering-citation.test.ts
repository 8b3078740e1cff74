import { describe, expect, it } from 'vitest';
import { neighbours, sortConcepts, sortLessons, sortRecommendations } from '../../src/lib/content/ordering';
import { sourceLabel } from '../../src/lib/citation/citation';
import { cellOf } from '../../src/i18n/labels';

const titled = (id: string, extra: Record<string, unknown> = {}) => ({ id, data: { title: id, ...extra } });

describe('reading order', () => {
	it('sorts concepts A to Z regardless of case', () => {
		expect(
			sortConcepts([titled('upgrading'), titled('Absorptive capacity'), titled('brain drain')]).map((c) => c.id),
		).toEqual(['Absorptive capacity', 'brain drain', 'upgrading']);
	});
	it('sorts lessons by case order, then by lesson order', () => {
		const order = new Map([
			['sialkot', 1],
			['ludhiana', 2],
		]);
		const lessons = [
			titled('l2', { case: 'ludhiana', order: 1 }),
			titled('s2', { case: 'sialkot', order: 2 }),
			titled('s1', { case: 'sialkot', order: 1 }),
		];
		expect(sortLessons(lessons as never, order).map((l: { id: string }) => l.id)).toEqual(['s1', 's2', 'l2']);
	});
	it('sorts recommendations by the part of the paper, then by order', () => {
		const recs = [
			titled('social', { group: 'social-dimension', order: 1 }),
			titled('td2', { group: 'traditional-diversified', order: 2 }),
			titled('approach', { group: 'approaches', order: 1 }),
			titled('td1', { group: 'traditional-diversified', order: 1 }),
		];
		expect(sortRecommendations(recs as never).map((r: { id: string }) => r.id)).toEqual([
			'approach',
			'td1',
			'td2',
			'social',
		]);
	});
	it('gives previous and next, none at the ends', () => {
		const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
		expect(neighbours(list, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
		expect(neighbours(list, 'a').previous).toBeUndefined();
		expect(neighbours(list, 'c').next).toBeUndefined();
	});
});

describe('citations and labels', () => {
	it('writes author-year as the paper cites', () => {
		expect(sourceLabel({ authors: ['Marshall'], year: '1920' })).toBe('Marshall (1920)');
		expect(sourceLabel({ authors: ['Nadvi', 'Schmitz'], year: '1999' })).toBe('Nadvi and Schmitz (1999)');
		expect(sourceLabel({ authors: ['Giuliani'], etAl: true, year: '2005' })).toBe('Giuliani et al. (2005)');
		expect(sourceLabel({ authors: ['A', 'B', 'C'], year: '2001' })).toBe('A, B and C (2001)');
	});
	it('joins the names as the edition’s language does', () => {
		expect(sourceLabel({ authors: ['Nadvi', 'Schmitz'], year: '1999' }, 'fr')).toBe('Nadvi et Schmitz (1999)');
		expect(sourceLabel({ authors: ['A', 'B', 'C'], year: '2001' }, 'es')).toBe('A, B y C (2001)');
		expect(sourceLabel({ authors: ['Giuliani'], etAl: true, year: '2005' }, 'fr')).toBe('Giuliani et al. (2005)');
	});
	it('names the taxonomy cell of a cluster', () => {
		expect(cellOf({ industry: 'traditional-manufacturing', structure: 'subcontractor' })).toBe(
			'traditional-subcontractor',
		);
		expect(cellOf({ industry: 'high-tech', structure: 'diversified' })).toBe('high-tech-diversified');
	});
});
