/**
 * The learning paths as the course packages need them: plain text and
 * absolute addresses, built from the site's content. The package format
 * itself is `src/lib/teaching/cartridge.ts`.
 */
import type { CartridgeCourse, CartridgeInput, CartridgeVersion } from './cartridge';
import { teachingStats } from '../report/build-stats';
import { buildCartridge } from './cartridge';
import { pathUnits, unitEntry, type Path, type Site } from '../content/query';
import { collectionLabel, formatMinutes, labelled, pathLabels, siteTitle } from '../../i18n/labels';
import { absoluteUrl, entryUrl, pathPdfUrl, type PageCollection } from '../site/urls';

/** One path as a course of the cartridge. */
export function cartridgeCourse(site: Site, path: Path, siteUrl?: string): CartridgeCourse {
	const abs = (p: string) => absoluteUrl(p, siteUrl);
	const pageOf = (e: { collection: string; id: string }) => abs(entryUrl(e.collection as PageCollection, e.id));
	const { data } = path;
	return {
		id: path.id,
		title: data.title,
		summary: data.summary,
		url: abs(entryUrl('paths', path.id)),
		facts: [
			{ label: pathLabels.audience, value: data.audience },
			{ label: pathLabels.prerequisites, value: data.prerequisites.join(' ') || pathLabels.noPrerequisites },
			{ label: pathLabels.duration, value: formatMinutes(data.durationMinutes) },
			{ label: pathLabels.readingTime, value: formatMinutes(site.readingMinutes.get(`paths/${path.id}`) ?? 0) },
		],
		objectivesHeading: pathLabels.objectives,
		objectives: data.objectives,
		sequenceHeading: pathLabels.sequence,
		units: pathUnits(site, path).map((u) => ({
			title: u.entry.data.title,
			url: pageOf(u.entry),
			summary: u.entry.data.summary,
			meta: `${collectionLabel[u.entry.collection as PageCollection].one}, ${formatMinutes(u.minutes)}`,
			why: u.why,
		})),
		exerciseHeading: labelled(pathLabels.exercise),
		exercise: {
			title: data.exercise.title,
			task: data.exercise.task,
			material: data.exercise.material.map((ref) => {
				const e = unitEntry(site, ref);
				return { title: e.data.title, url: pageOf(e) };
			}),
		},
		links: [
			{ title: pathLabels.learnerPdf, url: abs(pathPdfUrl(path.id, 'learner')) },
			{ title: pathLabels.facilitatorPdf, url: abs(pathPdfUrl(path.id, 'facilitator')) },
		],
		questions: data.questions,
	};
}

const packageLabels: CartridgeInput['labels'] = pathLabels.package;

/** The cartridge of one path, or of all paths when `path` is omitted, as zip bytes. */
export function pathCartridge(
	site: Site,
	path?: Path,
	version: CartridgeVersion = '1.1',
	siteUrl?: string,
): Uint8Array {
	const started = performance.now();
	const paths = path ? [path] : site.paths;
	const bytes = buildCartridge({
		version,
		identifier: `skills-for-clusters-${path ? path.id : 'all-paths'}`,
		title: path ? pathLabels.package.title(path.data.title, siteTitle) : pathLabels.package.allTitle(siteTitle),
		description: path ? path.data.summary : paths.map((p) => p.data.title).join('; '),
		courses: paths.map((p) => cartridgeCourse(site, p, siteUrl)),
		labels: packageLabels,
	});
	const stats = teachingStats();
	stats.cartridges++;
	stats.cartridgeMs += performance.now() - started;
	return bytes;
}
