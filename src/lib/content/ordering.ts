/**
 * Reading order of each collection, shared by index pages and previous/next
 * links so that both always agree. Pure functions over entry data.
 */
import { recommendationGroups } from '../../schemas/recommendation';
import { collator } from '../../i18n/format';
import { defaultLanguage } from '../../i18n/languages';

interface Titled {
	id: string;
	data: { title: string };
}

const titles = collator(defaultLanguage);
const byTitle = (a: Titled, b: Titled) => titles.compare(a.data.title, b.data.title);

/** Concepts: A to Z by title. */
export function sortConcepts<T extends Titled>(concepts: readonly T[]): T[] {
	return [...concepts].sort(byTitle);
}

/** Cases: in the paper's order. */
export function sortCases<T extends Titled & { data: { order: number } }>(cases: readonly T[]): T[] {
	return [...cases].sort((a, b) => a.data.order - b.data.order || byTitle(a, b));
}

/** Lessons: by their case's order, then in the paper's order within the case. */
export function sortLessons<T extends Titled & { data: { case: string; order: number } }>(
	lessons: readonly T[],
	caseOrder: ReadonlyMap<string, number>,
): T[] {
	return [...lessons].sort(
		(a, b) =>
			(caseOrder.get(a.data.case) ?? 99) - (caseOrder.get(b.data.case) ?? 99) ||
			a.data.order - b.data.order ||
			byTitle(a, b),
	);
}

/** Recommendations: by the part of the paper they come from, then in the paper's order. */
export function sortRecommendations<T extends Titled & { data: { group: string; order: number } }>(
	recommendations: readonly T[],
): T[] {
	const groupRank = (g: string) => (recommendationGroups as readonly string[]).indexOf(g);
	return [...recommendations].sort(
		(a, b) => groupRank(a.data.group) - groupRank(b.data.group) || a.data.order - b.data.order || byTitle(a, b),
	);
}

/** The entries before and after `id` in an ordered list. */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string) {
	const i = ordered.findIndex((e) => e.id === id);
	return { previous: i > 0 ? ordered[i - 1] : undefined, next: i >= 0 && i < ordered.length - 1 ? ordered[i + 1] : undefined };
}
