/**
 * Teaching with the site, checked against the built `dist/`: learning paths
 * and their units link both ways, any page prints as a handout, every path
 * has two PDFs and a course package whose links resolve, and the catalogue
 * validates against its published JSON Schema.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';

const dist = new URL('../../dist/', import.meta.url);
const read = (path: string) => readFileSync(new URL(`.${path}`, dist));
const catalog = JSON.parse(read('/catalog.json').toString('utf8')) as {
	site: string;
	entries: { id: string; type: string; url: string; readingMinutes: number }[];
};
const site = new URL(catalog.site);
const pathIds = catalog.entries.filter((e) => e.type === 'path').map((e) => e.id);
/** The dist file behind an absolute address of this site, or undefined when it is not on this site. */
const distPathOf = (address: string) => {
	const url = new URL(address);
	if (url.origin !== site.origin) return undefined;
	return url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
};

test('there are at least five learning paths, each on /paths/', async ({ page }) => {
	expect(pathIds.length).toBeGreaterThanOrEqual(5);
	await page.goto('/paths/');
	for (const id of pathIds) await expect(page.locator(`[data-path="${id}"] a[href="/paths/${id}/"]`)).toHaveCount(1);
});

/** The units of a path page, in order, as site paths. */
async function unitsOf(page: Page, id: string): Promise<string[]> {
	await page.goto(`/paths/${id}/`);
	return page.locator('.path-units li a.entry-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

for (const id of pathIds) {
	test(`every unit of the path ${id} says it is part of it, with the previous and next unit of the path`, async ({
		page,
	}) => {
		test.setTimeout(180_000);
		const units = await unitsOf(page, id);
		expect(units.length).toBeGreaterThanOrEqual(3);
		for (const [i, unit] of units.entries()) {
			await page.goto(unit, { waitUntil: 'domcontentloaded' });
			const membership = page.locator(`.path-membership li[data-path="${id}"]`);
			await expect(membership.locator(`a[href="/paths/${id}/"]`), `${unit} names ${id}`).toHaveCount(1);
			await expect(membership.locator('.path-step')).toHaveText(`(step ${i + 1} of ${units.length})`);
			const previous = membership.locator('[data-path-previous]');
			const next = membership.locator('[data-path-next]');
			if (i === 0) await expect(previous).toHaveCount(0);
			else await expect(previous).toHaveAttribute('href', units[i - 1]);
			if (i === units.length - 1) await expect(next).toHaveCount(0);
			else await expect(next).toHaveAttribute('href', units[i + 1]);
		}
	});
}

test('a page that belongs to no path says nothing about paths', async ({ page }) => {
	const inPaths = new Set<string>();
	for (const id of pathIds) for (const u of await unitsOf(page, id)) inPaths.add(u);
	const outside = catalog.entries
		.map((e) => new URL(e.url).pathname)
		.find((p) => !p.startsWith('/paths/') && !inPaths.has(p));
	expect(outside).toBeDefined();
	await page.goto(outside!);
	await expect(page.locator('.path-membership')).toHaveCount(0);
});

test('a path page lists reading times computed from the units and links its handouts and package', async ({ page }) => {
	const minutes = new Map(catalog.entries.map((e) => [new URL(e.url).pathname, e.readingMinutes]));
	for (const id of pathIds) {
		const units = await unitsOf(page, id);
		const total = units.reduce((sum, u) => sum + minutes.get(u)!, 0);
		await expect(page.locator('[data-reading-minutes]')).toHaveAttribute('data-reading-minutes', String(total));
		for (const href of [`/paths/${id}/learner.pdf`, `/paths/${id}/facilitator.pdf`, `/paths/${id}.imscc`]) {
			await expect(page.locator(`.path-downloads a[href="${href}"]`)).toHaveCount(1);
		}
		await expect(page.locator('.self-check details').first()).not.toHaveAttribute('open');
	}
});

test.describe('print', () => {
	test('a unit page prints as a clean handout: no navigation, absolute link addresses, light diagrams, address at the end', async ({
		page,
	}) => {
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		await page.goto('/concepts/collective-efficiency/');
		for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.toc', '.prev-next', '.theme-toggle']) {
			await expect(page.locator(selector).first(), selector).toBeHidden();
		}
		const figure = page.locator('figure.diagram').first();
		// One drawing serves both themes here; in print its dark-theme rules (screen only) never apply.
		const svg = figure.locator('svg[id^="mermaid-"]').filter({ visible: true }).first();
		await expect(svg).toBeVisible();
		await expect(figure.locator('.diagram-dark svg')).toBeHidden();
		const textFills = await svg.evaluate((el) => [...el.querySelectorAll('text')].map((t) => getComputedStyle(t).fill));
		expect(textFills.length).toBeGreaterThan(0);
		// Light theme text is dark; the dark theme's would be light.
		const lightText = (fill: string) =>
			(fill.match(/\d+/g) ?? [])
				.slice(0, 3)
				.map(Number)
				.reduce((a, b) => a + b, 0) <
			3 * 128;
		expect(textFills.filter((f) => !lightText(f))).toEqual([]);
		expect(await figure.evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
		const internal = page.locator('.prose a[href^="/"]').first();
		const href = await internal.getAttribute('href');
		const after = await internal.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toBe(`" (${site.origin}${href})"`);
		const colophon = page.locator('.print-colophon');
		await expect(colophon).toBeVisible();
		await expect(colophon).toContainText(`${site.origin}/concepts/collective-efficiency/`);
		await expect(colophon).toContainText('Marchese');
		expect(await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(255, 255, 255)');
	});

	test('on screen, nothing of the print additions shows', async ({ page }) => {
		await page.goto('/concepts/collective-efficiency/');
		await expect(page.locator('.print-colophon')).toBeHidden();
		const internal = page.locator('.prose a[href^="/"]').first();
		expect(await internal.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
	});

	test('a path page prints its title part on a page of its own in handout mode', async ({ page }) => {
		await page.emulateMedia({ media: 'print' });
		await page.goto(`/paths/${pathIds[0]}/`);
		await expect(page.locator('.path-downloads')).toBeHidden();
		await expect(page.locator('.path-address')).toBeVisible();
		await page.evaluate(() => document.documentElement.classList.add('handout'));
		expect(await page.locator('[data-handout-part="title"]').evaluate((e) => getComputedStyle(e).breakAfter)).toBe(
			'page',
		);
	});
});

test('every path has a learner and a facilitator PDF with a title page, the units, and the activities', async () => {
	for (const id of pathIds) {
		const units = (
			read(`/paths/${id}/index.html`)
				.toString('utf8')
				.match(/data-unit="/g) ?? []
		).length;
		const learner = await PDFDocument.load(read(`/paths/${id}/learner.pdf`));
		const facilitator = await PDFDocument.load(read(`/paths/${id}/facilitator.pdf`));
		// A title page, a page for the plan, every unit from a new page, the activities from a new page.
		expect(learner.getPageCount()).toBeGreaterThanOrEqual(units + 3);
		expect(facilitator.getPageCount()).toBeGreaterThanOrEqual(learner.getPageCount());
		expect(learner.getTitle()).toMatch(/: handout for participants$/);
		expect(facilitator.getTitle()).toMatch(/: facilitator version$/);
		const { width, height } = learner.getPage(0).getSize();
		expect(Math.abs(width - 595.3)).toBeLessThan(1.5); // A4
		expect(Math.abs(height - 841.9)).toBeLessThan(1.5);
	}
});

const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	isArray: (name) => ['item', 'resource', 'file'].includes(name),
});

test('every course package is an IMS Common Cartridge 1.1 whose files exist and whose links resolve to built pages', () => {
	const cartridges = readdirSync(new URL('./paths/', dist)).filter((f) => f.endsWith('.imscc'));
	expect(cartridges.sort()).toEqual(['all.imscc', ...pathIds.map((id) => `${id}.imscc`)].sort());
	for (const name of cartridges) {
		const files = unzipSync(new Uint8Array(read(`/paths/${name}`)));
		const { manifest } = xml.parse(strFromU8(files['imsmanifest.xml']));
		expect(manifest['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1');
		expect(manifest['@_xmlns:lomimscc']).toBe('http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest');
		expect(manifest.metadata.schemaversion).toBe('1.1.0');
		const resources = manifest.resources.resource as { '@_type': string; file: { '@_href': string }[] }[];
		let links = 0;
		let topics = 0;
		for (const resource of resources) {
			for (const file of resource.file) {
				expect(files, `${name}: ${file['@_href']}`).toHaveProperty([file['@_href']]);
				const text = strFromU8(files[file['@_href']]);
				if (resource['@_type'] === 'imswl_xmlv1p1') {
					links++;
					const { webLink } = xml.parse(text);
					expect(webLink['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1');
					const target = distPathOf(webLink.url['@_href']);
					expect(target, `${webLink.url['@_href']} is on this site`).toBeDefined();
					expect(existsSync(new URL(`.${target}`, dist)), `${name}: ${webLink.url['@_href']} is a built page`).toBe(
						true,
					);
				} else if (resource['@_type'] === 'imsdt_xmlv1p1') {
					topics++;
					expect(xml.parse(text).topic['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1');
				} else expect(resource['@_type']).toBe('webcontent');
			}
		}
		expect(links).toBeGreaterThanOrEqual(3);
		expect(topics).toBeGreaterThanOrEqual(5);
	}
});

test('the catalogue validates against its JSON Schema and lists every unit page once', () => {
	const schema = JSON.parse(read('/catalog.schema.json').toString('utf8'));
	const ajv = new Ajv2020({ allErrors: true });
	addFormats.default(ajv);
	const validate = ajv.compile(schema);
	const valid = validate(catalog);
	expect(validate.errors ?? []).toEqual([]);
	expect(valid).toBe(true);
	const urls = catalog.entries.map((e) => e.url);
	expect(new Set(urls).size).toBe(urls.length);
	for (const url of urls) expect(existsSync(new URL(`.${distPathOf(url)}`, dist)), url).toBe(true);
	const types = new Set(catalog.entries.map((e) => e.type));
	expect([...types].sort()).toEqual(['case', 'concept', 'lesson', 'path', 'recommendation']);
	// A broken entry fails validation: the test can fail.
	expect(validate({ ...catalog, entries: [{ ...catalog.entries[0], url: 'not a url' }] })).toBe(false);
	const csv = read('/catalog.csv').toString('utf8');
	expect(csv.startsWith('id,type,title,summary,url,concepts,sections,readingMinutes\r\n')).toBe(true);
});
