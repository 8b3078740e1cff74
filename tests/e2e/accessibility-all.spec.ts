/**
 * Every page of the sitemap passes axe (WCAG 2.1 A and AA, and axe's best
 * practices), in light and dark themes alternately, so colour contrast is
 * checked in both.
 */
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { builtSitemapPaths } from '../../src/integration/sitemap';

const paths = builtSitemapPaths(fileURLToPath(new URL('../../dist/', import.meta.url)));

test('the sitemap lists every page', () => {
	expect(paths.length).toBeGreaterThan(150);
	expect(paths).toContain('/concepts/absorptive-capacity/');
	expect(paths).toContain('/glossary/sima/');
});

// Split into tests of about twenty pages, so the two workers share them and each stays well within its
// time limit (the maps, with hundreds of links, take axe several seconds each).
const shards = Math.ceil(paths.length / 20);
for (let shard = 0; shard < shards; shard++) {
	test(`axe finds no violation on pages ${shard + 1} of ${shards} of the sitemap`, async ({ page }) => {
		test.setTimeout(300_000);
		const failures: string[] = [];
		for (const [i, path] of paths.entries()) {
			if (i % shards !== shard) continue;
			const scheme = i % 2 === 0 ? 'light' : 'dark';
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
				.analyze();
			for (const v of violations)
				failures.push(`${path} (${scheme}): ${v.id} ${v.help} e.g. ${v.nodes[0]?.target.join(' ')}`);
		}
		expect(failures).toEqual([]);
	});
}
