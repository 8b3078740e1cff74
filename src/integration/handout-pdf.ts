/**
 * The PDF handouts of the learning paths, printed at build time from the
 * pages already written to `dist/`, in the Chromium that draws the
 * diagrams. For each path: the path page's title part, then every unit page
 * in order (each from a new page), then the questions, exercise and
 * self-check; the learner version leaves out the session plan and the
 * facilitator notes and keeps answers closed. The facilitator's guide has a
 * cover and running header of its own, and puts first what the facilitator
 * needs: the session plan, then the activities with notes and answers open,
 * then the units. Page numbers come from Chromium's footer template. PDFs are cached by a hash of every input
 * (HTML of the pages, their stylesheets), so a warm build launches no browser.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Element, Root } from 'hast';
import { chromium, type Browser } from 'playwright-core';
import { browserArgs, findBrowser } from '../lib/chromium/find-browser';
import { withBase, withoutBase, type HandoutVersion } from '../lib/site/urls';
import { labelled, pathLabels } from '../i18n/labels';
import { fileOfUrlPath } from './dist-files';

/** Bump when the way handouts are printed changes, so old cache entries are not reused. */
const PRINT_VERSION = '4';
export const handoutVersions: readonly HandoutVersion[] = ['learner', 'facilitator'];
/** A made-up origin: every request of the printing page is answered from `dist/`, none goes out. */
const origin = 'http://handout.invalid';

export interface HandoutStats {
	pdfs: number;
	fromCache: number;
	printed: number;
	browserLaunches: number;
	ms: number;
}

/** What the printer needs of a path page: its title and the addresses of its units, in order. */
export interface PathPage {
	id: string;
	title: string;
	units: string[];
	/**
	 * Stylesheets the pages load, the path page's and then its units' (a chart
	 * or a map is styled by its own page's bundle, which the path page does not
	 * load); their content is part of the cache key.
	 */
	stylesheets: string[];
}

const walk = (node: Root | Element, visit: (e: Element) => void) => {
	for (const child of node.children) {
		if (child.type === 'element') {
			visit(child);
			walk(child, visit);
		}
	}
};
const classes = (e: Element) => (Array.isArray(e.properties.className) ? e.properties.className.map(String) : []);

const isStylesheet = (e: Element) => e.tagName === 'link' && String(e.properties.rel ?? '').includes('stylesheet');

/** The stylesheets a built page loads, in order. */
export function stylesheetsOf(html: string): string[] {
	const stylesheets: string[] = [];
	walk(fromHtml(html), (e) => {
		if (isStylesheet(e)) stylesheets.push(String(e.properties.href));
	});
	return stylesheets;
}

/** Reads a built path page: its `<h1>`, the unit links of its sequence, its stylesheets. */
export function readPathPage(id: string, html: string): PathPage {
	const tree = fromHtml(html);
	let title = id;
	const units: string[] = [];
	const stylesheets: string[] = [];
	walk(tree, (e) => {
		if (e.tagName === 'h1') title = toString(e).trim();
		if (isStylesheet(e)) stylesheets.push(String(e.properties.href));
		if (e.tagName === 'li' && e.properties.dataUnit !== undefined) {
			walk(e, (a) => {
				if (a.tagName === 'a' && classes(a).includes('entry-title')) units.push(String(a.properties.href));
			});
		}
	});
	return { id, title, units, stylesheets };
}

/** The file in `dist/` behind a URL of the site (`/concepts/x/` → `concepts/x/index.html`), base path removed. */
export function distFileOf(distDir: string, url: string, base = '/'): string {
	const clean = withoutBase(decodeURIComponent(url.split(/[?#]/)[0]), base) ?? '/.outside-base';
	return join(distDir, fileOfUrlPath(clean));
}

/** The cache key of one handout: every byte that goes into it. */
export function handoutKey(distDir: string, page: PathPage, version: HandoutVersion, base = '/'): string {
	const hash = createHash('sha256').update(JSON.stringify([PRINT_VERSION, version, page.title, base]));
	for (const url of [withBase(`/paths/${page.id}/`, base), ...page.units, ...page.stylesheets]) {
		hash.update(url);
		hash.update(readFileSync(distFileOf(distDir, url, base)));
	}
	return hash.digest('hex');
}

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
};

/** The running header of each version: the path's title, or in the facilitator's guide a warning before it. */
export function runningHeader(title: string, version: HandoutVersion): string {
	return version === 'facilitator' ? pathLabels.guide.header(title) : title;
}

/** Header and footer of every printed page: the running header, and "page n of m". */
function templates(header: string) {
	const style = 'font-size:8px;width:100%;margin:0 16mm;color:#444;font-family:system-ui,sans-serif';
	return {
		headerTemplate: toHtml(h('div', { style }, header)),
		footerTemplate: toHtml(
			h('div', { style: `${style};text-align:right` }, [
				h('span', { className: ['pageNumber'] }),
				' / ',
				h('span', { className: ['totalPages'] }),
			]),
		),
	};
}

/** Prints one handout of one path with an open browser. */
async function printHandout(
	browser: Browser,
	distDir: string,
	base: string,
	page: PathPage,
	version: HandoutVersion,
	titleSuffix: string,
): Promise<Buffer> {
	const context = await browser.newContext({ colorScheme: 'light' });
	try {
		await context.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			const file = distFileOf(distDir, url.pathname, base);
			if (url.origin !== origin || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
			return route.fulfill({
				status: 200,
				body: readFileSync(file),
				contentType: contentTypes[extname(file)] ?? 'application/octet-stream',
			});
		});
		const tab = await context.newPage();
		await tab.emulateMedia({ media: 'print', colorScheme: 'light' });
		await tab.goto(`${origin}${withBase(`/paths/${page.id}/`, base)}`, { waitUntil: 'load' });
		await tab.evaluate(
			async ({ units, version, title, stylesheets }) => {
				// The units' own stylesheets (charts, maps), loaded before anything is printed.
				const loaded = new Set(
					[...document.querySelectorAll('link[rel~="stylesheet"]')].map((l) => l.getAttribute('href')),
				);
				await Promise.all(
					stylesheets
						.filter((href) => !loaded.has(href))
						.map((href) => {
							const link = document.createElement('link');
							link.rel = 'stylesheet';
							link.href = href;
							const done = new Promise((resolve, reject) => {
								link.onload = resolve;
								link.onerror = () => reject(new Error(`stylesheet ${href} did not load`));
							});
							document.head.append(link);
							return done;
						}),
				);
				const part = new Map(
					[...document.querySelectorAll('[data-handout-part]')].map((e) => [e.getAttribute('data-handout-part'), e]),
				);
				const [cover, titlePart, plan, sequence, activities] = [
					'facilitator-cover',
					'title',
					'plan',
					'sequence',
					'activities',
				].map((name) => {
					const element = part.get(name);
					if (!element) throw new Error(`the path page has no [data-handout-part="${name}"]`);
					return element;
				});
				const container = document.createElement('div');
				container.className = 'handout-units';
				for (const url of units) {
					const text = await (await fetch(url)).text();
					const article = new DOMParser().parseFromString(text, 'text/html').querySelector('main article');
					if (!article) throw new Error(`no <article> on ${url}`);
					const section = document.createElement('section');
					section.className = 'handout-unit';
					section.append(document.adoptNode(article));
					container.append(section);
				}
				if (version === 'facilitator') {
					// The guide: its own cover, then the session plan, the activities with the notes and good
					// answers, and only then the introduction, the sequence and the units as participants read them.
					titlePart.prepend((cover as HTMLTemplateElement).content.cloneNode(true));
					titlePart.after(plan, activities);
					sequence.after(container);
					// Only the answers open: a drawing's description is left out of print (global.css).
					for (const d of document.querySelectorAll<HTMLDetailsElement>(
						'details[data-facilitator], details[data-answer]',
					))
						d.open = true;
				} else {
					activities.before(container);
					for (const d of document.querySelectorAll('[data-facilitator]')) d.remove();
				}
				document.documentElement.classList.add('handout', `handout-${version}`);
				document.title = title;
			},
			{ units: page.units, version, title: `${labelled(page.title)} ${titleSuffix}`, stylesheets: page.stylesheets },
		);
		return await tab.pdf({
			format: 'A4',
			printBackground: true,
			displayHeaderFooter: true,
			...templates(runningHeader(page.title, version)),
			margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
			outline: true,
			tagged: true,
		});
	} finally {
		await context.close();
	}
}

/** Titles of the two versions, as they appear in the PDF's metadata. */
export const handoutTitleSuffix: Record<HandoutVersion, string> = pathLabels.handoutTitle;

/** Writes `paths/<id>/learner.pdf` and `facilitator.pdf` for every path page in `dist/`. */
export async function buildHandouts(distDir: string, cacheDir: string, base = '/'): Promise<HandoutStats> {
	const started = performance.now();
	const stats: HandoutStats = { pdfs: 0, fromCache: 0, printed: 0, browserLaunches: 0, ms: 0 };
	const pathsDir = join(distDir, 'paths');
	if (!existsSync(pathsDir)) return stats;
	const pages = readdirSync(pathsDir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(pathsDir, d.name, 'index.html')))
		.map((d) => {
			const page = readPathPage(d.name, readFileSync(join(pathsDir, d.name, 'index.html'), 'utf8'));
			const ofUnits = page.units.flatMap((url) => stylesheetsOf(readFileSync(distFileOf(distDir, url, base), 'utf8')));
			return { ...page, stylesheets: [...new Set([...page.stylesheets, ...ofUnits])] };
		});

	let browser: Promise<Browser> | undefined;
	try {
		for (const page of pages) {
			for (const version of handoutVersions) {
				stats.pdfs++;
				const cached = join(cacheDir, `${handoutKey(distDir, page, version, base)}.pdf`);
				if (!existsSync(cached)) {
					browser ??=
						(stats.browserLaunches++,
						chromium.launch({ executablePath: findBrowser(), args: browserArgs, headless: true }));
					const pdf = await printHandout(await browser, distDir, base, page, version, handoutTitleSuffix[version]);
					mkdirSync(cacheDir, { recursive: true });
					const temporary = `${cached}.${process.pid}.tmp`;
					writeFileSync(temporary, pdf);
					renameSync(temporary, cached);
					stats.printed++;
				} else stats.fromCache++;
				copyFileSync(cached, join(pathsDir, page.id, `${version}.pdf`));
			}
		}
	} finally {
		if (browser) await (await browser).close();
	}
	stats.ms = performance.now() - started;
	return stats;
}
