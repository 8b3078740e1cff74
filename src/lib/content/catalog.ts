/**
 * The catalogue of every unit (concept, case, lesson, recommendation,
 * path), for trainers' spreadsheets and learning platforms:
 * `/catalog.json` (described by `/catalog.schema.json`) and `/catalog.csv`.
 */
import { stringify } from 'csv-stringify/sync';
import type { Catalog, CatalogEntry } from '../../schemas/catalog';
import type { Site } from './query';
import { paperCitation, siteTitle } from '../../i18n/labels';
import { absoluteUrl, entryUrl, type PageCollection } from '../site/urls';
import { defaultLanguage, locales } from '../../i18n/languages';

const typeOf: Record<PageCollection, CatalogEntry['type']> = {
	concepts: 'concept',
	cases: 'case',
	lessons: 'lesson',
	recommendations: 'recommendation',
	paths: 'path',
};

/** Every unit, in the site's reading order: concepts, cases, lessons, recommendations, paths. */
export function buildCatalog(site: Site, siteUrl?: string): Catalog {
	const units = [...site.concepts, ...site.cases, ...site.lessons, ...site.recommendations, ...site.paths];
	return {
		title: siteTitle,
		source: paperCitation,
		site: absoluteUrl('/', siteUrl),
		entries: units.map((u) => ({
			id: u.id,
			type: typeOf[u.collection],
			title: u.data.title,
			summary: u.data.summary,
			url: absoluteUrl(entryUrl(u.collection, u.id), siteUrl),
			language: locales[defaultLanguage].tag,
			concepts: u.data.concepts,
			sections: u.data.sections,
			readingMinutes: site.readingMinutes.get(`${u.collection}/${u.id}`) ?? 1,
		})),
	};
}

/** The columns of the CSV, in order. Lists are joined with "; ". */
export const catalogColumns = [
	'id',
	'type',
	'title',
	'summary',
	'url',
	'language',
	'concepts',
	'sections',
	'readingMinutes',
] as const;

/** The catalogue as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted where needed, header row). */
export function catalogCsv(entries: readonly CatalogEntry[]): string {
	return stringify(
		entries.map((e) => catalogColumns.map((c) => (Array.isArray(e[c]) ? (e[c] as string[]).join('; ') : String(e[c])))),
		{ header: true, columns: [...catalogColumns], record_delimiter: 'windows', bom: false },
	);
}
