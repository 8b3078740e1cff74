import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { samplePages } from '../helpers/sample-pages';

for (const path of samplePages) {
	test(`no accessibility violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
			.analyze();
		const summary = results.violations.map(
			(v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`,
		);
		expect(summary).toEqual([]);
	});
}

test('pages request nothing from any other host', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
	});
	for (const path of ['/', '/concepts/collective-efficiency/', '/cases/sialkot/', '/search/?q=GMP']) {
		await page.goto(path, { waitUntil: 'networkidle' });
	}
	expect(foreign).toEqual([]);
});

test('every page has one h1 and headings in order', async ({ page }) => {
	for (const path of samplePages) {
		await page.goto(path);
		const levels = await page
			.locator('main h1, main h2, main h3, main h4')
			.evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
		expect(
			levels.filter((l) => l === 1),
			path,
		).toHaveLength(1);
		for (let i = 1; i < levels.length; i++)
			expect(levels[i] - levels[i - 1], `${path}: h${levels[i - 1]} then h${levels[i]}`).toBeLessThanOrEqual(1);
	}
});
