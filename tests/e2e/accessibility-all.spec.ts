/**
 * Every page of the sitemap passes axe (WCAG 2.1 A and AA, and axe's best
 * practices), in light and dark themes alternately, so colour contrast is
 * checked in both.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const sitemap = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);

test('the sitemap lists every page', () => {
	expect(paths.length).toBeGreaterThan(150);
	expect(paths).toContain('/concepts/absorptive-capacity/');
	expect(paths).toContain('/glossary/sima/');
});

// Split into a few tests so the two workers share the pages.
const shards = 4;
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
			for (const v of violations) failures.push(`${path} (${scheme}): ${v.id} ${v.help} e.g. ${v.nodes[0]?.target.join(' ')}`);
		}
		expect(failures).toEqual([]);
	});
}
