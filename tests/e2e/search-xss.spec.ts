/**
 * Nothing a reader types, nothing in a search address, and nothing in the
 * index can put markup into the page: the query, filter names and values,
 * and result titles and excerpts are all shown as text, and an excerpt's
 * only element is <mark>.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import type { QuickDoc } from '../../src/lib/search/quick-find';
import { siteFiles } from '../../src/lib/site/urls';

/** Search loads its index on the first query; on a busy machine that can take several seconds. */
const expect = baseExpect.configure({ timeout: 15_000 });
// Requests a service worker answers never reach page.route: the site's worker stays out of these tests.
test.use({ serviceWorkers: 'block' });

const payloads = [
	'<img src=x onerror="window.__xss=1;alert(1)">',
	'"><script>window.__xss=2;alert(2)</script>',
	'<svg onload="window.__xss=3"></svg>\'',
];

/** Records any alert, confirm or prompt, and every new element of a kind a payload would bring. */
async function watch(page: Page): Promise<string[]> {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __injected: string[] };
		w.__injected = [];
		// Elements the page's own HTML brings are parsed before DOMContentLoaded; only later ones are watched.
		document.addEventListener('DOMContentLoaded', () =>
			new MutationObserver((records) => {
				for (const r of records)
					for (const node of r.addedNodes)
						if (node instanceof Element)
							for (const el of [node, ...node.querySelectorAll('*')])
								if (
									/^(img|script|svg|iframe|object|embed)$/i.test(el.tagName) ||
									[...el.attributes].some((a) => /^on/i.test(a.name))
								)
									w.__injected.push(el.outerHTML.slice(0, 80));
			}).observe(document, { childList: true, subtree: true }),
		);
	});
	return dialogs;
}

async function expectNothingInjected(page: Page, dialogs: string[]) {
	expect(dialogs).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { __injected: string[] }).__injected)).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	// Search writes only these elements into results, filters and status.
	const tags = await page
		.locator(
			'[data-search-results] *, [data-search-filters] *, [data-search-status] *, [data-search-dialog-results] *, [data-search-dialog-status] *',
		)
		.evaluateAll((els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
	for (const tag of tags)
		expect(['li', 'span', 'a', 'p', 'mark', 'ul', 'details', 'summary', 'input', 'label']).toContain(tag);
}

test('queries, filter names and filter values from the address are shown as text', async ({ page }) => {
	const dialogs = await watch(page);
	for (const payload of payloads) {
		const params = new URLSearchParams({ q: payload, type: payload, 'case study': payload });
		params.append(payload, payload); // an unknown filter name is ignored
		await page.goto(`/search/?${params}`);
		await expect(page.locator('[data-search-status]')).toContainText(/result/, { timeout: 15_000 });
		await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue(payload);
		// The chosen values are listed, as text, so that they can be unticked.
		await expect(page.locator('[data-search-filters] label').filter({ hasText: payload }).first()).toBeVisible();
		await expectNothingInjected(page, dialogs);
	}
});

test('what is typed into the search page and the dialog is shown as text', async ({ page }) => {
	const dialogs = await watch(page);
	await page.goto('/search/');
	const box = page.getByRole('searchbox', { name: 'Search for' });
	for (const payload of payloads) {
		await box.fill(`${payload} Sialkot`);
		await expect(page.locator('[data-search-status]')).toContainText(payload.slice(0, 8), { timeout: 15_000 });
	}
	await page.keyboard.press('Control+k');
	const input = page.locator('[data-search-dialog-input]');
	for (const payload of payloads) {
		await input.fill(payload);
		await expect(page.locator('[data-search-dialog]')).toHaveAttribute('data-results-for', payload, {
			timeout: 15_000,
		});
	}
	await expectNothingInjected(page, dialogs);
});

test('markup inside the index (titles, excerpts, section names) is shown as text; excerpts keep only <mark>', async ({
	page,
}) => {
	const dialogs = await watch(page);
	// Serve index fragments and outlines whose page text carries markup, as a page that quotes HTML would.
	await page.route(`**/pagefind/fragment/*`, async (route) => {
		const response = await route.fetch();
		const raw = gunzipSync(await response.body());
		const fragment = JSON.parse(raw.subarray(12).toString('utf8'));
		fragment.meta.title = `${payloads[0]} ${fragment.meta.title}`;
		fragment.content = `${payloads[1]} ${payloads[2]} ${fragment.content}`;
		for (const anchor of fragment.anchors ?? []) anchor.text = `${payloads[0]} ${anchor.text}`;
		const body = gzipSync(Buffer.concat([raw.subarray(0, 12), Buffer.from(JSON.stringify(fragment))]));
		await route.fulfill({ response, body });
	});
	await page.route(`**/${siteFiles.quickFind}`, async (route) => {
		const response = await route.fetch();
		const outlines = (await response.json()) as QuickDoc[];
		for (const outline of outlines) {
			outline.title = `${payloads[0]} ${outline.title}`;
			outline.summary = `${payloads[1]} ${payloads[2]} ${outline.summary}`;
			for (const heading of outline.headings) heading.text = `${payloads[0]} ${heading.text}`;
		}
		await route.fulfill({ response, json: outlines });
	});
	await page.goto('/search/?q=Sialkot');
	await expect(page.locator('.search-hit-title').first()).toContainText(payloads[0], { timeout: 15_000 });
	await expect(page.locator('.search-hit-excerpt mark').first()).toBeVisible();
	await page.keyboard.press('Control+k');
	await page.locator('[data-search-dialog-input]').fill('Sialkot');
	await expect(page.locator('[data-search-dialog] .search-hit-title').first()).toContainText(payloads[0], {
		timeout: 15_000,
	});
	await expectNothingInjected(page, dialogs);
});
