import { describe, expect, it } from 'vitest';
import { decodeHtml, escapeHtml } from '../../src/lib/html';

describe('HTML text', () => {
	it('escapes what would break content or a double-quoted attribute', () => {
		expect(escapeHtml('R&D <b> "SV"')).toBe('R&amp;D &lt;b&gt; &quot;SV&quot;');
	});
	it('decodes what the build writes, and round-trips', () => {
		expect(decodeHtml('A &amp; B &#39;x&#39; &#x27;y&#x27; &lt;z&gt; &quot;q&quot;')).toBe(`A & B 'x' 'y' <z> "q"`);
		expect(decodeHtml('&amp;lt;')).toBe('&lt;');
		const text = `Caniëls & Romijn's "cluster" <note>`;
		expect(decodeHtml(escapeHtml(text))).toBe(text);
	});
});
