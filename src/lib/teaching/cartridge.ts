/**
 * IMS Common Cartridge packages of the learning paths, for import into
 * Moodle, Canvas and other learning platforms. Pure: takes plain course
 * data, returns the zip (or its files, for tests). Each path becomes a
 * folder of items: an overview page (webcontent), one web link per unit
 * (to its page on this site, absolute address) and one discussion topic per
 * question. XML through fast-xml-builder, HTML through hast, zip
 * through fflate; the archive is byte-for-byte reproducible (fixed dates).
 */
import XMLBuilder from 'fast-xml-builder';
import { zipSync, strToU8 } from 'fflate';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import { defaultLanguage, locales } from '../../i18n/languages';

/** The versions of the Common Cartridge profile this builder writes. */
export type CartridgeVersion = '1.1' | '1.3';

/** Namespaces and resource types of one version of the profile. */
export function cartridgeProfile(version: CartridgeVersion) {
	const v = version === '1.1' ? 'v1p1' : 'v1p3';
	const profile = `http://www.imsglobal.org/profile/cc/cc${v}`;
	return {
		schemaVersion: `${version}.0`,
		manifestNs: `http://www.imsglobal.org/xsd/imscc${v}/imscp_v1p1`,
		lomManifestNs: `http://ltsc.ieee.org/xsd/imscc${v}/LOM/manifest`,
		lomResourceNs: `http://ltsc.ieee.org/xsd/imscc${v}/LOM/resource`,
		webLinkNs: `http://www.imsglobal.org/xsd/imscc${v}/imswl_${v}`,
		discussionNs: `http://www.imsglobal.org/xsd/imscc${v}/imsdt_${v}`,
		webLinkType: `imswl_xml${v}`,
		discussionType: `imsdt_xml${v}`,
		manifestXsd: `${profile}/cc${v}_imscp_v1p2_v1p0.xsd`,
		lomManifestXsd: `${profile}/LOM/cc${v}_lommanifest_v1p0.xsd`,
		lomResourceXsd: `${profile}/LOM/cc${v}_lomresource_v1p0.xsd`,
		webLinkXsd: `${profile}/cc${v}_imswl_${v}.xsd`,
		discussionXsd: `${profile}/cc${v}_imsdt_${v}.xsd`,
	};
}

export const xsiNs = 'http://www.w3.org/2001/XMLSchema-instance';

/** A link with its text, absolute address. */
export interface CourseLink {
	title: string;
	url: string;
}

/** One learning path, as the cartridge needs it: text and absolute addresses only. */
export interface CartridgeCourse {
	id: string;
	title: string;
	summary: string;
	/** The path's page on the site. */
	url: string;
	/** Label/value pairs shown at the top of the overview (audience, duration...). */
	facts: { label: string; value: string }[];
	objectivesHeading: string;
	objectives: string[];
	sequenceHeading: string;
	units: (CourseLink & { summary: string; meta: string; why: string })[];
	/** The label before the exercise's title, with its colon ("Exercise:"). */
	exerciseHeading: string;
	exercise: { title: string; task: string; material: CourseLink[] };
	/** Handouts and other links listed at the end of the overview. */
	links: CourseLink[];
	questions: string[];
}

export interface CartridgeInput {
	version: CartridgeVersion;
	/** A stable identifier of the package, e.g. `skills-for-clusters-path-<id>`. */
	identifier: string;
	title: string;
	description: string;
	courses: CartridgeCourse[];
	/** Words used inside the package. */
	labels: { overview: string; discussion: (n: number, question: string) => string; fromPath: string };
}

const xml = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	format: true,
	suppressEmptyNode: true,
});
const declaration = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } };

/** An XML id (NCName) from parts that may start with a digit. */
const xmlId = (...parts: (string | number)[]) => `I_${parts.join('_').replace(/[^A-Za-z0-9_.-]/g, '_')}`;

/** A title short enough for a platform's item list (the full text stays in the body). */
export function shortTitle(text: string, max = 90): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

function overviewHtml(course: CartridgeCourse): string {
	const link = (l: CourseLink) => h('a', { href: l.url }, l.title);
	const body: ElementContent[] = [
		h('h1', course.title),
		h('p', course.summary),
		h(
			'dl',
			course.facts.flatMap((f) => [h('dt', f.label), h('dd', f.value)]),
		),
		h('h2', course.objectivesHeading),
		h(
			'ol',
			course.objectives.map((o) => h('li', o)),
		),
		h('h2', course.sequenceHeading),
		h(
			'ol',
			course.units.map((u) => h('li', [h('p', [link(u), ` (${u.meta})`]), h('p', u.why)])),
		),
		h('h2', `${course.exerciseHeading} ${course.exercise.title}`),
		h('p', course.exercise.task),
		h(
			'ul',
			course.exercise.material.map((m) => h('li', [link(m)])),
		),
		h(
			'ul',
			[...course.links, { title: course.title, url: course.url }].map((l) => h('li', [link(l)])),
		),
	];
	const document = h(null, [
		{ type: 'doctype' },
		h('html', { lang: locales[defaultLanguage].tag }, [
			h('head', [h('meta', { charset: 'utf-8' }), h('title', course.title)]),
			h('body', body),
		]),
	]);
	return toHtml(document);
}

function webLinkXml(p: ReturnType<typeof cartridgeProfile>, link: CourseLink): string {
	return xml.build({
		...declaration,
		webLink: {
			'@_xmlns': p.webLinkNs,
			'@_xmlns:xsi': xsiNs,
			'@_xsi:schemaLocation': `${p.webLinkNs} ${p.webLinkXsd}`,
			title: link.title,
			url: { '@_href': link.url, '@_target': '_blank' },
		},
	});
}

function discussionXml(
	p: ReturnType<typeof cartridgeProfile>,
	title: string,
	question: string,
	course: CartridgeCourse,
	fromPath: string,
): string {
	const text = toHtml(
		h(null, [h('p', question), h('p', [`${fromPath}: `, h('a', { href: course.url }, course.title)])]),
	);
	return xml.build({
		...declaration,
		topic: {
			'@_xmlns': p.discussionNs,
			'@_xmlns:xsi': xsiNs,
			'@_xsi:schemaLocation': `${p.discussionNs} ${p.discussionXsd}`,
			title,
			text: { '@_texttype': 'text/html', '#text': text },
		},
	});
}

const lomString = (value: string) => ({
	'lomimscc:string': { '@_language': locales[defaultLanguage].tag, '#text': value },
});

/** Every file of the cartridge by path inside the zip, `imsmanifest.xml` first. */
export function cartridgeFiles(input: CartridgeInput): Record<string, string> {
	const p = cartridgeProfile(input.version);
	const files: Record<string, string> = {};
	const resources: unknown[] = [];
	const pathItems: unknown[] = [];

	for (const course of input.courses) {
		const folder = course.id;
		const children: unknown[] = [];
		const add = (id: string, title: string, type: string, href: string, content: string, webcontent = false) => {
			files[href] = content;
			children.push({ '@_identifier': xmlId('item', id), '@_identifierref': xmlId('res', id), title });
			resources.push({
				'@_identifier': xmlId('res', id),
				'@_type': type,
				...(webcontent ? { '@_href': href } : {}),
				file: { '@_href': href },
			});
		};
		add(
			`${folder}_overview`,
			input.labels.overview,
			'webcontent',
			`${folder}/overview.html`,
			overviewHtml(course),
			true,
		);
		course.units.forEach((unit, i) => {
			add(
				`${folder}_unit_${i + 1}`,
				`${i + 1}. ${unit.title}`,
				p.webLinkType,
				`${folder}/unit-${i + 1}.xml`,
				webLinkXml(p, unit),
			);
		});
		course.questions.forEach((question, i) => {
			const title = input.labels.discussion(i + 1, shortTitle(question));
			add(
				`${folder}_discussion_${i + 1}`,
				title,
				p.discussionType,
				`${folder}/discussion-${i + 1}.xml`,
				discussionXml(p, title, question, course, input.labels.fromPath),
			);
		});
		pathItems.push({ '@_identifier': xmlId('path', folder), title: course.title, item: children });
	}

	const manifest = xml.build({
		...declaration,
		manifest: {
			'@_identifier': xmlId(input.identifier),
			'@_xmlns': p.manifestNs,
			'@_xmlns:lomimscc': p.lomManifestNs,
			'@_xmlns:lom': p.lomResourceNs,
			'@_xmlns:xsi': xsiNs,
			'@_xsi:schemaLocation': [
				p.manifestNs,
				p.manifestXsd,
				p.lomManifestNs,
				p.lomManifestXsd,
				p.lomResourceNs,
				p.lomResourceXsd,
			].join(' '),
			metadata: {
				schema: 'IMS Common Cartridge',
				schemaversion: p.schemaVersion,
				'lomimscc:lom': {
					'lomimscc:general': {
						'lomimscc:title': lomString(input.title),
						'lomimscc:description': lomString(input.description),
					},
				},
			},
			organizations: {
				organization: {
					'@_identifier': xmlId('org'),
					'@_structure': 'rooted-hierarchy',
					item: { '@_identifier': xmlId('root'), item: pathItems },
				},
			},
			resources: { resource: resources },
		},
	});
	return { 'imsmanifest.xml': manifest, ...files };
}

/** Fixed file date, so that the same input gives the same bytes (and the same hash). */
const fixedDate = new Date(Date.UTC(2008, 0, 1));

/** The cartridge as a zip archive. */
export function buildCartridge(input: CartridgeInput): Uint8Array {
	const files = cartridgeFiles(input);
	return zipSync(
		Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime: fixedDate }]])),
		{ level: 9 },
	);
}
