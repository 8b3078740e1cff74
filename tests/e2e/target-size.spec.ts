/**
 * Touch targets on a phone: axe's `target-size` rule (WCAG 2.2, 24 by 24
 * CSS pixels or spaced as far apart) at 390 px, on one page of each kind
 * (`samplePages`), with search results showing. Over every page of the
 * sitemap it takes too long for the test command.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { samplePages } from '../helpers/sample-pages';

test.use({ viewport: { width: 390, height: 844 } });

for (const path of samplePages) {
	test(`touch targets are 24 px or more at 390 px on ${path}`, async ({ page }) => {
		// The search page is measured with its results showing.
		const searching = path === '/search/';
		await page.goto(searching ? '/search/?q=joint+action' : path);
		if (searching) await page.locator('.search-hit').first().waitFor();
		const { violations, passes } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
		// The rule looked at some targets: a page it could not check proves nothing.
		expect(passes.length + violations.length).toBeGreaterThan(0);
		expect(violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
	});
}
