import { describe, expect, it } from 'vitest';
import { proseOf, splitFrontmatter } from '../../scripts/lib/content-prose';

const path = `---
title: When a crisis forces learning
objectives:
  - Explain why the FDA ban was a collective failure
  - note: Allow 30 minutes
order: 2
concepts: [collective-failure]
---

Body text.
`;

describe('the prose of a content file', () => {
	it('splits frontmatter from body and refuses a file without frontmatter', () => {
		expect(splitFrontmatter(path).body).toBe('\nBody text.\n');
		expect(() => splitFrontmatter('Body only.')).toThrow('no frontmatter');
	});

	it('reads every field with words in it, nested ones too, each ending a sentence, then the body', () => {
		expect(proseOf(path, 'mdx')).toBe(
			[
				'When a crisis forces learning.',
				'Explain why the FDA ban was a collective failure.',
				'Allow 30 minutes.',
				'\nBody text.\n',
			].join('\n\n'),
		);
	});

	it('reads a YAML record whole, with no body', () => {
		expect(proseOf('name: SIMA\nabout: "The association of Sialkot: its makers."\n', 'yaml')).toBe(
			'The association of Sialkot: its makers.\n\n',
		);
	});
});
