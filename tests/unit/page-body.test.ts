import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../src/lib/site/page-body';
import { styleHash } from '../../src/lib/security/security-policy';
import { citedAt } from '../../src/lib/citation/cite-file';

describe('bodyFacts', () => {
	it('finds a drawn diagram, and only a figure of class "diagram" counts', () => {
		expect(bodyFacts('<p>x</p><figure class="diagram"><svg></svg></figure>').drawsDiagram).toBe(true);
		expect(bodyFacts('<figure class="chart"><svg></svg></figure><p class="diagram">x</p>').drawsDiagram).toBe(false);
	});
	it('hashes each inline stylesheet once, sorted', () => {
		const { styleHashes } = bodyFacts('<svg><style>b{}</style></svg><style>a{}</style><style>b{}</style>');
		expect(styleHashes).toEqual([styleHash('a{}'), styleHash('b{}')].sort());
	});
});

describe('citedAt', () => {
	const cited = 'https://example.org/concepts/x/';
	it('puts the address the reader is on in place of the cited one, everywhere it occurs', () => {
		expect(citedAt(`A. ${cited}. B ${cited}`, cited, 'http://localhost:4321/concepts/x/')).toBe(
			'A. http://localhost:4321/concepts/x/. B http://localhost:4321/concepts/x/',
		);
	});
	it('leaves the citation alone on the site itself', () => {
		expect(citedAt(`A. ${cited}`, cited, cited)).toBe(`A. ${cited}`);
	});
});
