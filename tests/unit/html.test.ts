import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/security/html';

describe('HTML text', () => {
	it('escapes what would break content or a double-quoted attribute', () => {
		expect(escapeHtml('R&D <b> "SV"')).toBe('R&amp;D &lt;b&gt; &quot;SV&quot;');
	});
});
