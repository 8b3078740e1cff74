import { z } from 'astro/zod';
import { entryBaseShape } from './entry';
import { entryId, entryIdList } from './ids';
import { searchTerms } from './search-terms';

/** A lesson the paper draws from a case: `content/lessons/<id>.mdx`, page `/lessons/<id>/`. */
export const lessonSchema = z
	.object({
		...entryBaseShape,
		/** The case it is drawn from (id in `content/cases/`). */
		case: entryId,
		/** Its place among the case's lessons, in the paper's order (1, 2, ...). */
		order: z.number().int().min(1),
		/** Recommendations this lesson supports (ids in `content/recommendations/`). */
		recommendations: entryIdList,
		/** Lessons from other cases that the paper draws the same way (ids in `content/lessons/`). */
		relatedLessons: entryIdList,
		/** Words a reader may type looking for the lesson that its title and summary do not hold. Searched, never shown. */
		searchTerms,
	})
	.strict();
export type LessonData = z.infer<typeof lessonSchema>;
