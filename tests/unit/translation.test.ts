import { describe, expect, test } from 'vitest';
import { checkTranslatedFields, mergeTranslation, wordsAt } from '../../src/lib/translation/check-fields';
import { translatableFields } from '../../src/lib/translation/fields';
import { bodyProblems, fewerHedges } from '../../src/lib/translation/body-outline';
import { hedgesOf } from '../../src/lib/translation/hedges';
import { figuresOf, missingFigures } from '../../src/lib/translation/numbers';
import { sourceVersion } from '../../src/lib/translation/version';

const englishCase = {
	title: 'Sialkot',
	summary: 'A cluster that may have learnt.',
	country: 'Pakistan',
	order: 1,
	timeline: [
		{ when: 1994, what: 'The FDA bans imports.' },
		{ when: 'early 1990s', what: 'Exports grow.' },
	],
	comparison: { turningPoint: 'The ban', response: 'Training' },
};
const spec = {
	title: 'words',
	summary: 'words',
	country: 'words',
	timeline: [{ when: 'words-if-text', what: 'words' }],
	comparison: { turningPoint: 'words', response: 'words' },
} as const;

describe('a translation holds the words of its entry, and only them', () => {
	const good = {
		title: 'Sialkot',
		summary: 'Un cluster qui a peut-être appris.',
		country: 'Pakistan',
		timeline: [
			{ what: 'La FDA interdit les importations.' },
			{ when: 'début des années 1990', what: 'Les exportations croissent.' },
		],
		comparison: { turningPoint: "L'interdiction", response: 'La formation' },
	};

	test('a complete translation passes, and merges over the English data', () => {
		expect(checkTranslatedFields(spec, englishCase, good)).toEqual([]);
		const merged = mergeTranslation(spec, englishCase, good);
		expect(merged.order).toBe(1);
		expect(merged.timeline[0]).toEqual({ when: 1994, what: 'La FDA interdit les importations.' });
		expect(merged.timeline[1]!.when).toBe('début des années 1990');
	});

	test('a missing field is named with its place, so nothing falls back to English', () => {
		const { response: _dropped, ...comparison } = good.comparison;
		expect(checkTranslatedFields(spec, englishCase, { ...good, comparison })).toEqual([
			'comparison.response: missing (every field in words is translated; nothing falls back to English)',
		]);
	});

	test('a repeated tag or number is refused: it is stated once, in the English file', () => {
		const problems = checkTranslatedFields(spec, englishCase, {
			...good,
			order: 1,
			timeline: [{ when: 1994, what: 'x.' }, good.timeline[1]],
		});
		expect(problems).toContain('order: not a field in words; it is stated once, in the English file (leave it out)');
		expect(problems).toContain('timeline[0].when: the English value is a number, stated once there: leave it out');
	});

	test('a list of objects keeps its length', () => {
		expect(checkTranslatedFields(spec, englishCase, { ...good, timeline: [good.timeline[0]] })[0]).toMatch(
			/^timeline: 1 items where the English has 2/,
		);
	});

	test('other names are the language’s own, as many as it has; an English alias never leaks into the merge', () => {
		const concept = translatableFields.concepts;
		const english = { title: 'Joint action', summary: 'x.', aliases: ['cooperation', 'collective action'] };
		const french = { title: 'Action conjointe', summary: 'y.', aliases: ['action collective'] };
		expect(checkTranslatedFields(concept, english, french)).toEqual([]);
		expect(mergeTranslation(concept, english, { title: 'A', summary: 'b.' }).aliases).toEqual([]);
		expect(wordsAt(concept, english)).toEqual(['Joint action', 'x.']);
	});
});

describe('a translated body keeps the blocks and links of the English', () => {
	const english = '## Why\n\nJoint action [may help](concepts:upgrading).\n\n- One\n- Two\n';

	test('the same blocks and links pass', () => {
		expect(
			bodyProblems(english, '## Pourquoi\n\nL’action conjointe [peut aider](concepts:upgrading).\n\n- Un\n- Deux\n'),
		).toEqual([]);
	});

	test('a split paragraph is found at its place', () => {
		const [problem] = bodyProblems(
			english,
			'## Pourquoi\n\nL’action conjointe.\n\n[Peut aider](concepts:upgrading).\n\n- Un\n- Deux\n',
		);
		expect(problem).toMatch(/^block 3 of the body differs: the English has li \(body line 5\), the translation p/);
	});

	test('a changed link target is reported both ways', () => {
		expect(
			bodyProblems(english, '## Pourquoi\n\nL’action [peut aider](concepts:joint-action).\n\n- Un\n- Deux\n'),
		).toEqual([
			'the link to concepts:upgrading is missing (keep every link target and anchor as it is)',
			'a link to concepts:joint-action is not in the English',
		]);
	});

	test('a paragraph that lost its hedge is listed to read again', () => {
		expect(fewerHedges(english, '## Pourquoi\n\nL’action [aide](concepts:upgrading).\n\n- Un\n- Deux\n', 'fr')).toEqual(
			['body line 3: the English hedges with may; the translation with nothing'],
		);
		expect(
			fewerHedges(english, '## Por qué\n\nLa acción [puede ayudar](concepts:upgrading).\n\n- Uno\n- Dos\n', 'es'),
		).toEqual([]);
	});

	test('"appear" hedges only as "appears to" or "appears that"; subjunctives of "can" keep a "could"', () => {
		expect(hedgesOf('Diversified clusters appear in two cells; skills help clusters to appear.', 'en')).toEqual([]);
		expect(hedgesOf('Consultants appear to be the easiest way; it appears that they help.', 'en')).toEqual([
			'appear',
			'appears',
		]);
		expect(hedgesOf('donde pudieran trabajar; más probabilidades de perder', 'es')).toEqual([
			'pudieran',
			'probabilidades',
		]);
		expect(hedgesOf('avant qu’il puisse apprendre', 'fr')).toEqual(['puisse']);
	});
});

describe('figures are compared by value, each language writing them its way', () => {
	test('English, French and Spanish forms of the same figures match', () => {
		expect([...figuresOf('some 3,000 firms, 33.6 per cent, in 1994', 'en')]).toEqual(['3000', '33.6', '1994']);
		expect([...figuresOf('quelque 3\u00a0000 entreprises, 33,6 %, en 1994', 'fr')]).toEqual(['3000', '33.6', '1994']);
		expect([...figuresOf('unas 3000 empresas, 10.000 personas, 33,6 %', 'es')]).toEqual(['3000', '10000', '33.6']);
	});

	test('a dropped or changed figure is reported as the English writes its value', () => {
		expect(missingFigures('over 5,000,000 people in 1997', 'plus de 500 000 personnes en 1997', 'fr')).toEqual([
			'5000000',
		]);
	});
});

test('the version of an English file changes with any change to it, and not with line endings', () => {
	expect(sourceVersion('a\nb')).toMatch(/^[0-9a-f]{12}$/);
	expect(sourceVersion('a\r\nb')).toBe(sourceVersion('a\nb'));
	expect(sourceVersion('a\nc')).not.toBe(sourceVersion('a\nb'));
});
