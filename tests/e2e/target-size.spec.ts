/**
 * Touch targets on a phone: axe's `target-size` rule (WCAG 2.2, 24 by 24
 * CSS pixels or spaced as far apart) at 390 px, on one page of each kind,
 * with search results showing. Over every page of the sitemap it takes too
 * long for the test command; these pages use every layout and component.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

const pages = [
	'/',
	'/concepts/',
	'/concepts/absorptive-capacity/',
	'/cases/',
	'/cases/sialkot/',
	'/lessons/ludhiana-diverse-markets/',
	'/recommendations/',
	'/recommendations/gradual-cooperation/',
	'/taxonomy/',
	'/paper/',
	'/references/',
	'/glossary/sima/',
	'/paths/',
	'/map/',
	'/charts/',
	'/for-trainers/',
	'/search/?q=joint+action',
];

for (const path of pages) {
	test(`touch targets are 24 px or more at 390 px on ${path}`, async ({ page }) => {
		await page.goto(path);
		if (path.startsWith('/search/')) await page.locator('.search-hit').first().waitFor();
		const { violations, passes } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
		// The rule looked at some targets: a page it could not check proves nothing.
		expect(passes.length + violations.length).toBeGreaterThan(0);
		expect(violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
	});
}
