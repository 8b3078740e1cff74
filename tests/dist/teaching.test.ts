/**
 * Gate over the teaching material of the build: learning paths and their
 * units link both ways, every path has two PDFs (the facilitator's guide laid
 * out as one, both listed with their real length and size) and a course package whose
 * links resolve, and the catalogue validates against its published JSON
 * Schema. (How pages print is checked in the browser: tests/e2e/teaching.spec.ts.)
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist';
import { readPrintedLayout } from '../helpers/print-check';
import { pathLabels } from '../../src/i18n/labels';
import { formatSize, offlineGlobs } from '../../src/integration/offline-copy';
import { t } from '../../src/i18n/ui';

const read = (path: string) => readFileSync(join(distDir, path));
const pageOf = (path: string): Root => fromHtml(read(`${path}index.html`).toString('utf8'));
const catalog = JSON.parse(read('catalog.json').toString('utf8')) as {
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
/** The units of a path page, in order, as site paths. */
const unitsOf = (id: string) =>
	selectAll('.path-units li a.entry-title', pageOf(`/paths/${id}/`)).map((a) => String(a.properties.href));

describe('learning paths', () => {
	it('are five or more, each listed on /paths/', () => {
		expect(pathIds.length).toBeGreaterThanOrEqual(5);
		const index = pageOf('/paths/');
		for (const id of pathIds) expect(selectAll(`[data-path="${id}"] a[href="/paths/${id}/"]`, index), id).toHaveLength(1);
	});

	it('have units that each say they are part of the path, with the previous and next unit of the path', () => {
		for (const id of pathIds) {
			const units = unitsOf(id);
			expect(units.length, id).toBeGreaterThanOrEqual(3);
			for (const [i, unit] of units.entries()) {
				const membership = select(`.path-membership li[data-path="${id}"]`, pageOf(unit));
				expect(membership, `${unit} names ${id}`).toBeTruthy();
				expect(selectAll(`a[href="/paths/${id}/"]`, membership!), unit).toHaveLength(1);
				expect(toString(select('.path-step', membership!)!), unit).toBe(`(step ${i + 1} of ${units.length})`);
				expect(select('[data-path-previous]', membership!)?.properties.href, `${unit} previous`).toBe(units[i - 1]);
				expect(select('[data-path-next]', membership!)?.properties.href, `${unit} next`).toBe(units[i + 1]);
			}
		}
	});

	it('leave a page that belongs to no path saying nothing about paths', () => {
		const inPaths = new Set(pathIds.flatMap(unitsOf));
		const outside = catalog.entries
			.map((e) => new URL(e.url).pathname)
			.filter((p) => !p.startsWith('/paths/') && !inPaths.has(p));
		expect(outside.length).toBeGreaterThan(0);
		for (const path of outside) expect(selectAll('.path-membership', pageOf(path)), path).toEqual([]);
	});

	it('list reading times computed from the units, link their handouts and package, and close their self-checks', () => {
		const minutes = new Map(catalog.entries.map((e) => [new URL(e.url).pathname, e.readingMinutes]));
		for (const id of pathIds) {
			const page = pageOf(`/paths/${id}/`);
			const total = unitsOf(id).reduce((sum, u) => sum + minutes.get(u)!, 0);
			expect(selectAll('[data-reading-minutes]', page).map((e) => e.properties.dataReadingMinutes), id).toEqual([
				String(total),
			]);
			for (const href of [`/paths/${id}/learner.pdf`, `/paths/${id}/facilitator.pdf`, `/paths/${id}.imscc`])
				expect(selectAll(`.path-downloads a[href="${href}"]`, page), href).toHaveLength(1);
			const checks = selectAll('.self-check details', page);
			expect(checks.length, id).toBeGreaterThan(0);
			expect(checks.filter((d) => d.properties.open), `${id}: self-checks open`).toEqual([]);
		}
	});

	it('each have a learner and a facilitator PDF with a title page, the units and the activities', async () => {
		for (const id of pathIds) {
			const units = selectAll('[data-unit]', pageOf(`/paths/${id}/`)).length;
			expect(units, id).toBeGreaterThanOrEqual(3);
			const learner = await PDFDocument.load(read(`paths/${id}/learner.pdf`));
			const facilitator = await PDFDocument.load(read(`paths/${id}/facilitator.pdf`));
			// A title page, a page for the plan, every unit from a new page, the activities from a new page.
			expect(learner.getPageCount()).toBeGreaterThanOrEqual(units + 3);
			expect(facilitator.getPageCount()).toBeGreaterThanOrEqual(learner.getPageCount());
			expect(learner.getTitle()).toMatch(/: handout for participants$/);
			expect(facilitator.getTitle()).toMatch(/: facilitator's guide$/);
			const { width, height } = learner.getPage(0).getSize();
			expect(Math.abs(width - 595.3)).toBeLessThan(1.5); // A4
			expect(Math.abs(height - 841.9)).toBeLessThan(1.5);
		}
	});
});

describe("the facilitator's guide", () => {
	it('has its own cover and running header, opens with the session plan, then the notes and answers, then the units', async () => {
		for (const id of pathIds) {
			const page = pageOf(`/paths/${id}/`);
			const title = toString(select('h1', page)!);
			const firstUnit = toString(select('[data-unit] a.entry-title', page)!);
			const guide = await readPrintedLayout(new Uint8Array(read(`paths/${id}/facilitator.pdf`)));
			const learner = await readPrintedLayout(new Uint8Array(read(`paths/${id}/learner.pdf`)));
			expect(guide.pageText[0], `${id}: cover`).toContain(pathLabels.guide.banner);
			expect(learner.pageText[0], `${id}: learner cover`).not.toContain(pathLabels.guide.banner);
			for (const [i, margin] of guide.marginText.entries())
				expect(margin, `${id}: header of page ${i + 1}`).toContain(pathLabels.guide.header(title));
			expect(learner.marginText[0]).not.toContain(pathLabels.guide.banner);
			expect(guide.pageText[1], `${id}: page 2`).toMatch(new RegExp(`^${pathLabels.plan.heading}`));
			const pageWith = (layout: typeof guide, text: string) => layout.pageText.findIndex((t) => t.includes(text));
			const notes = pageWith(guide, pathLabels.facilitatorNotes);
			const answers = pageWith(guide, pathLabels.goodAnswer);
			const sequence = pageWith(guide, pathLabels.sequence);
			// The sequence names the first unit too: its page is the first after the sequence's that does.
			const unit = guide.pageText.findIndex((t, i) => i > sequence && t.includes(firstUnit));
			expect(notes, `${id}: notes`).toBeGreaterThan(1);
			expect(answers, `${id}: answers`).toBeGreaterThanOrEqual(notes);
			expect(sequence, `${id}: the introduction and sequence after the answers`).toBeGreaterThan(answers);
			expect(unit, `${id}: the first unit after them`).toBeGreaterThan(sequence);
			// Participants get neither the plan nor the notes.
			expect(pageWith(learner, pathLabels.plan.heading), id).toBe(-1);
			expect(pageWith(learner, pathLabels.facilitatorNotes), id).toBe(-1);
		}
	});

	it('and the handout are listed on the path page with their real page count and size', async () => {
		for (const id of pathIds) {
			const page = pageOf(`/paths/${id}/`);
			for (const version of ['learner', 'facilitator'] as const) {
				const file = read(`paths/${id}/${version}.pdf`);
				const pages = (await PDFDocument.load(file)).getPageCount();
				const facts = selectAll(`.path-downloads [data-pdf-facts="${version}"]`, page).map((e) => toString(e));
				expect(facts, `${id} ${version}`).toEqual([
					pathLabels.pdfFacts(pages, formatSize(statSync(join(distDir, `paths/${id}/${version}.pdf`)).size)),
				]);
				expect(facts[0]).toMatch(new RegExp(`^\\(${pages} pages, `));
			}
		}
	});
});

const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	isArray: (name) => ['item', 'resource', 'file'].includes(name),
});

describe('course packages', () => {
	it('are IMS Common Cartridge 1.1 files whose files exist and whose links resolve to built pages', () => {
		const cartridges = readdirSync(join(distDir, 'paths')).filter((f) => f.endsWith('.imscc'));
		expect(cartridges.sort()).toEqual(['all.imscc', ...pathIds.map((id) => `${id}.imscc`)].sort());
		for (const name of cartridges) {
			const files = unzipSync(new Uint8Array(read(`paths/${name}`)));
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
						expect(existsSync(join(distDir, target!)), `${name}: ${webLink.url['@_href']} is a built page`).toBe(true);
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
});

describe('the catalogue', () => {
	it('validates against its JSON Schema and lists every unit page once', () => {
		const schema = JSON.parse(read('catalog.schema.json').toString('utf8'));
		const ajv = new Ajv2020({ allErrors: true });
		addFormats.default(ajv);
		const validate = ajv.compile(schema);
		const valid = validate(catalog);
		expect(validate.errors ?? []).toEqual([]);
		expect(valid).toBe(true);
		const urls = catalog.entries.map((e) => e.url);
		expect(new Set(urls).size).toBe(urls.length);
		for (const url of urls) expect(existsSync(join(distDir, distPathOf(url)!)), url).toBe(true);
		const types = new Set(catalog.entries.map((e) => e.type));
		expect([...types].sort()).toEqual(['case', 'concept', 'lesson', 'path', 'recommendation']);
		// A broken entry fails validation: the schema can fail.
		expect(validate({ ...catalog, entries: [{ ...catalog.entries[0], url: 'not a url' }] })).toBe(false);
		const csv = read('catalog.csv').toString('utf8');
		expect(csv.startsWith('id,type,title,summary,url,language,concepts,sections,readingMinutes\r\n')).toBe(true);
	});
});

describe('handouts and the saved copy', () => {
	it('each path page says its PDFs and package are online only, and the saved copy indeed leaves them out', () => {
		for (const id of pathIds) {
			const panel = select('.path-downloads', pageOf(`/paths/${id}/`));
			expect(toString(panel!), id).toContain(t().offlineFallback.online);
		}
		expect(offlineGlobs.join(' ')).not.toMatch(/pdf|imscc/);
	});
});
