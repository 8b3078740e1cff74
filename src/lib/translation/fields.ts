/**
 * What a translation holds, per collection: the fields that are words. The
 * rest of an entry (ids, tags, sections, numbers, coordinates, orders) is
 * stated once, in the English file, and a translation never repeats it
 * (see content/TRANSLATING.md, which gives the same table to translators).
 *
 * A spec mirrors the data's shape:
 *  - `'words'`: a string, or a list of strings translated one for one;
 *  - `'names'`: a list of names or search words, as many as the language
 *    has, whether or not the English lists any;
 *  - `'words-if-text'`: translated only where the English value is text
 *    (a timeline's `when` of "early 1990s"), absent where it is a number;
 *  - an object: the translatable keys of a nested object;
 *  - a one-item array `[spec]`: a list of objects, same length and order
 *    as the English, each item holding the keys of `spec`.
 */
import type { CollectionName } from '../content/collections.ts';

export type FieldSpec =
	'words' | 'names' | 'words-if-text' | { readonly [key: string]: FieldSpec } | readonly [FieldSpec];
export type ObjectSpec = { readonly [key: string]: FieldSpec };

const entryWords = { title: 'words', summary: 'words' } as const;

export const translatableFields: Readonly<Record<CollectionName, ObjectSpec>> = {
	concepts: { ...entryWords, aliases: 'names', searchTerms: 'names' },
	lessons: { ...entryWords, searchTerms: 'names' },
	recommendations: { ...entryWords, searchTerms: 'names' },
	cases: {
		...entryWords,
		country: 'words',
		region: 'words',
		sector: 'words',
		figures: [{ label: 'words', value: 'words', year: 'words-if-text' }],
		timeline: [{ when: 'words-if-text', what: 'words' }],
		comparison: {
			turningPoint: 'words',
			response: 'words',
			upgradingNote: 'words',
			stateRole: 'words',
			associationsRole: 'words',
			socialOutcome: 'words',
		},
	},
	paths: {
		...entryWords,
		audience: 'words',
		prerequisites: 'words',
		sessionPlan: [{ what: 'words' }],
		objectives: 'words',
		units: [{ why: 'words' }],
		questions: 'words',
		exercise: { title: 'words', task: 'words', facilitatorNotes: 'words', goodAnswer: [{ point: 'words' }] },
		selfCheck: [{ question: 'words', answer: 'words' }],
	},
	paperSections: { title: 'words', about: 'words', features: 'words' },
	sources: { usedFor: 'words', note: 'words' },
	organizations: { name: 'words', country: 'words', description: 'words', aliases: 'names', searchTerms: 'names' },
	clusters: {
		name: 'words',
		aliases: 'names',
		searchTerms: 'names',
		country: 'words',
		place: 'words',
		sector: 'words',
		description: 'words',
	},
	charts: {
		...entryWords,
		unit: 'words',
		note: 'words',
		source: { note: 'words' },
		series: [{ label: 'words' }],
		groups: [{ label: 'words', bars: [{ label: 'words', text: 'words', note: 'words', year: 'words-if-text' }] }],
	},
	pageTexts: {},
};

/** The frontmatter key that records which version of the English file a translation translates. */
export const versionKey = 'translationOf';
