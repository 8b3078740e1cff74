import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { findMissingSpaces } from '../../src/integration/spacing-check';

const glued = (html: string) => findMissingSpaces(fromHtml(html, { fragment: true }));

describe('text glued to an inline element', () => {
	it('finds a word, colon or separator right against a link or code', () => {
		expect(glued('<p>for example<code>/concepts/x/</code>.</p>')).toHaveLength(1);
		expect(glued('<p>one case:<a href="/s/">lessons</a>.</p>')).toHaveLength(1);
		expect(glued('<p>or the<a href="/">home page</a>.</p>')).toHaveLength(1);
		expect(glued('<p><a href="/r/">References</a> ·<a href="/g/">Glossary</a></p>')).toHaveLength(1);
		expect(glued('<p><a href="/n/"><small>Next</small>Brain drain</a></p>')).toHaveLength(1);
		expect(glued('<p>see <a href="/x/">this</a>and that</p>')).toHaveLength(1);
	});
	it('leaves spaced text, punctuation, possessives and plurals alone', () => {
		expect(glued('<p>for example <code>/x/</code>, or (<a href="/">home</a>) and "<em>quoted</em>"</p>')).toEqual([]);
		expect(glued("<p><abbr>SIMA</abbr>'s members and other <abbr>SME</abbr>s.</p>")).toEqual([]);
		expect(glued('<p>page <a href="#a">#</a> and non-<em>member</em></p>')).toEqual([]);
		expect(glued('<svg><text>a</text><tspan>b</tspan></svg><pre>x<code>y</code></pre>')).toEqual([]);
	});
});
