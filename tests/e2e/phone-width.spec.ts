/**
 * Every page of the sitemap fits a 390 px phone: nothing makes the page
 * itself scroll sideways (a wide table, drawing or code block scrolls
 * inside its own region instead).
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { builtSitemapPaths } from '../../src/integration/sitemap';

const paths = builtSitemapPaths(fileURLToPath(new URL('../../dist/', import.meta.url)));
const shards = 2;

test.use({ viewport: { width: 390, height: 844 } });

for (let shard = 0; shard < shards; shard++) {
	test(`no page scrolls sideways at 390 px (pages ${shard + 1} of ${shards})`, async ({ page }) => {
		test.setTimeout(300_000);
		expect(paths.length).toBeGreaterThan(150);
		const wide: string[] = [];
		for (const [i, path] of paths.entries()) {
			if (i % shards !== shard) continue;
			await page.goto(path);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > 390) wide.push(`${path}: ${width} px`);
		}
		expect(wide).toEqual([]);
	});
}
