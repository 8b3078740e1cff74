/**
 * Links in curricula and slides must keep working: every address the site
 * has published (tests/published-urls.txt) is still a page of the build, or
 * a redirect to one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const published = readFileSync(new URL('../published-urls.txt', import.meta.url), 'utf8')
	.split('\n')
	.filter((l) => l && !l.startsWith('#'));
const dist = new URL('../../dist/', import.meta.url);

test('every published address still resolves in the build', () => {
	expect(published.length).toBeGreaterThan(150);
	const missing = published.filter((path) => !existsSync(new URL(`.${path}index.html`, dist)));
	expect(missing, 'removed or renamed without a redirect in content/redirects.json').toEqual([]);
});

test('a published address answers in the browser', async ({ page }) => {
	for (const path of [
		'/concepts/absorptive-capacity/',
		'/lessons/sialkot-threat-creates-demand/',
		'/recommendations/mne-linkages/',
	]) {
		expect(published).toContain(path);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
	}
});
