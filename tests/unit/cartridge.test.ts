import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import {
	buildCartridge,
	cartridgeFiles,
	cartridgeProfile,
	shortTitle,
	type CartridgeCourse,
	type CartridgeInput,
} from '../../src/lib/teaching/cartridge';

const course = (id: string): CartridgeCourse => ({
	id,
	title: `Path ${id} & <friends>`,
	summary: 'A path for the tests.',
	url: `https://example.org/paths/${id}/`,
	facts: [{ label: 'Duration', value: '3 h' }],
	objectivesHeading: 'Objectives',
	objectives: ['Explain things.'],
	sequenceHeading: 'Units',
	units: [
		{
			title: 'Industrial cluster',
			url: 'https://example.org/concepts/industrial-cluster/',
			summary: 'S.',
			meta: 'Concept, 4 min',
			why: 'W.',
		},
		{
			title: 'Sialkot',
			url: 'https://example.org/cases/sialkot/',
			summary: 'S.',
			meta: 'Case study, 14 min',
			why: 'W.',
		},
	],
	exerciseHeading: 'Exercise:',
	exercise: {
		title: 'Compare',
		task: 'Compare the cases.',
		material: [{ title: 'Sialkot', url: 'https://example.org/cases/sialkot/' }],
	},
	links: [{ title: 'Handout', url: `https://example.org/paths/${id}/learner.pdf` }],
	questions: ['Why "cooperate"?', 'What < what?'],
});
const input = (version: '1.1' | '1.3' = '1.1', courses = [course('one')]): CartridgeInput => ({
	version,
	identifier: 'test-package',
	title: 'Test package',
	description: 'For the tests.',
	courses,
	labels: {
		overview: 'About this path',
		discussion: (n, question) => `Discussion ${n}: ${question}`,
		fromPath: 'From the path',
	},
});

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	isArray: (name) => ['item', 'resource', 'file'].includes(name),
});
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

interface Item {
	'@_identifier': string;
	'@_identifierref'?: string;
	title?: string;
	item?: Item[];
}
const leafItems = (items: Item[]): Item[] => items.flatMap((i) => (i.item ? leafItems(i.item) : [i]));

describe('cartridgeFiles', () => {
	for (const version of ['1.1', '1.3'] as const) {
		it(`writes a manifest in the IMS CC ${version} namespaces whose every resource and item resolves`, () => {
			const files = cartridgeFiles(input(version, [course('one'), course('2nd')]));
			const p = cartridgeProfile(version);
			const { manifest } = parser.parse(files['imsmanifest.xml']);
			expect(manifest['@_xmlns']).toBe(p.manifestNs);
			expect(manifest['@_xmlns:lomimscc']).toBe(p.lomManifestNs);
			expect(manifest['@_xsi:schemaLocation']).toContain(p.manifestXsd);
			expect(manifest.metadata.schema).toBe('IMS Common Cartridge');
			expect(manifest.metadata.schemaversion).toBe(`${version}.0`);
			expect(manifest.metadata['lomimscc:lom']['lomimscc:general']['lomimscc:title']['lomimscc:string']['#text']).toBe(
				'Test package',
			);

			const resources = asArray(manifest.resources.resource) as {
				'@_identifier': string;
				'@_type': string;
				'@_href'?: string;
				file: { '@_href': string }[];
			}[];
			const ids = new Set(resources.map((r) => r['@_identifier']));
			expect(ids.size).toBe(resources.length);
			for (const r of resources)
				for (const f of r.file)
					expect(files, `${f['@_href']} named by ${r['@_identifier']}`).toHaveProperty([f['@_href']]);
			const types = resources.map((r) => r['@_type']);
			expect(types.filter((t) => t === 'webcontent')).toHaveLength(2);
			expect(types.filter((t) => t === p.webLinkType)).toHaveLength(4);
			expect(types.filter((t) => t === p.discussionType)).toHaveLength(4);

			const organization = manifest.organizations.organization;
			expect(organization['@_structure']).toBe('rooted-hierarchy');
			const root = asArray(organization.item)[0] as Item;
			expect(root.item?.map((i) => i.title)).toEqual(['Path one & <friends>', 'Path 2nd & <friends>']);
			for (const leaf of leafItems(root.item ?? [])) expect(ids).toContain(leaf['@_identifierref']);
			// XML ids must not start with a digit.
			for (const id of ids) expect(id).toMatch(/^[A-Za-z_]/);
		});
	}

	it('writes web links to the unit pages and discussion topics with the questions', () => {
		const files = cartridgeFiles(input());
		const link = parser.parse(files['one/unit-2.xml']).webLink;
		expect(link['@_xmlns']).toBe(cartridgeProfile('1.1').webLinkNs);
		expect(link.title).toBe('Sialkot');
		expect(link.url['@_href']).toBe('https://example.org/cases/sialkot/');
		const topic = parser.parse(files['one/discussion-1.xml']).topic;
		expect(topic['@_xmlns']).toBe(cartridgeProfile('1.1').discussionNs);
		expect(topic.text['@_texttype']).toBe('text/html');
		expect(topic.text['#text']).toContain('Why "cooperate"?');
		expect(files['one/overview.html']).toContain('Path one &#x26; &#x3C;friends>');
	});

	it('zips reproducibly, and the zip holds the same files', () => {
		const a = buildCartridge(input());
		expect(buildCartridge(input())).toEqual(a);
		const unzipped = unzipSync(a);
		const files = cartridgeFiles(input());
		expect(Object.keys(unzipped).sort()).toEqual(Object.keys(files).sort());
		expect(strFromU8(unzipped['imsmanifest.xml'])).toBe(files['imsmanifest.xml']);
	});
});

describe('shortTitle', () => {
	it('cuts long questions at a word', () => {
		expect(shortTitle('short')).toBe('short');
		const long = shortTitle('word '.repeat(40).trim(), 30);
		expect(long.length).toBeLessThanOrEqual(30);
		expect(long.endsWith('word…')).toBe(true);
	});
});
