/**
 * On a slow connection a page arrives in pieces, and the browser paints
 * what it has before the rest is parsed. Nothing that arrives later may
 * push what is already on screen (the contents box of a long page once did,
 * by 200 px on a phone). Each page is sent through a small proxy that
 * stops halfway through the text for a moment.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

/** A page of each layout: entries with and without a contents box, a case with charts, a path, the maps and plain pages. */
const pages = [
	'/',
	'/concepts/joint-action/',
	'/cases/sialkot/',
	'/lessons/sialkot-threat-creates-demand/',
	'/recommendations/buyer-linkages/',
	'/paths/clusters-and-skills-basics/',
	'/map/concepts/',
	'/taxonomy/',
	'/for-trainers/',
];
/** Where each page is held back: inside its text, after the first paragraph. */
const pauseAfter = '</p>';
const pauseMs = 1500;

let proxy: Server;
let proxyOrigin = '';

test.beforeAll(async ({}, testInfo) => {
	const site = testInfo.project.use.baseURL!;
	proxy = createServer(async (request, response) => {
		const upstream = await fetch(new URL(request.url!, site));
		const type = upstream.headers.get('content-type') ?? '';
		const body = Buffer.from(await upstream.arrayBuffer());
		const html = type.includes('text/html') ? body.toString('utf8') : undefined;
		const text = html?.indexOf('<div class="prose">') ?? -1;
		const end = html?.indexOf(pauseAfter, text === -1 ? html.indexOf('<main') : text) ?? -1;
		// A page with no paragraph to stop after would arrive without a pause, and its test would prove nothing: it fails instead.
		response.writeHead(html !== undefined && end === -1 ? 500 : upstream.status, {
			'content-type': type,
			'cache-control': 'no-store',
		});
		if (html === undefined || end === -1) return response.end(body);
		const cut = end + pauseAfter.length;
		response.write(html.slice(0, cut));
		setTimeout(() => response.end(html.slice(cut)), pauseMs);
	});
	await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
	proxyOrigin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

for (const path of pages) {
	test(`${path} does not shift while it arrives (CLS below 0.05)`, async ({ page }) => {
		await page.addInitScript(() => {
			const w = window as unknown as { __shifts: { value: number; nodes: string[] }[] };
			w.__shifts = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources?: { node?: Node }[];
				})[]) {
					if (!entry.hadRecentInput)
						w.__shifts.push({
							value: entry.value,
							nodes: (entry.sources ?? []).map(
								(s) => (s.node as Element | undefined)?.className || (s.node?.nodeName ?? '?'),
							),
						});
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const response = await page.goto(`${proxyOrigin}${path}`, { waitUntil: 'load' });
		expect(response?.status(), 'the proxy found no paragraph to pause after').toBe(200);
		await page.waitForTimeout(500); // the last frame's shifts are reported after it is drawn
		const shifts = await page.evaluate(
			() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts,
		);
		const cls = shifts.reduce((sum, s) => sum + s.value, 0);
		expect(cls, shifts.map((s) => `${s.value.toFixed(3)} ${s.nodes.join(', ')}`).join('\n')).toBeLessThan(0.05);
	});
}
