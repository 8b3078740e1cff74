/**
 * Structured data (schema.org as JSON-LD) for search engines and reference
 * tools: the paper as a Report, concepts as DefinedTerms of one
 * DefinedTermSet, case studies, lessons and recommendations as Articles,
 * learning paths as LearningResources (course modules),
 * and a BreadcrumbList on every page. Pure functions of absolute addresses,
 * so tests can call them without Astro.
 */
import { defaultLanguage, locales } from '../../i18n/languages';
import { paperRecord } from './citation';

export type JsonLd = Record<string, unknown>;
const context = 'https://schema.org';

/** The `@id` of the paper's node, on its page: other nodes refer to the paper by it. */
export const paperNodeId = (paperPageAddress: string) => `${paperPageAddress}#paper`;

/** The working paper, with its series, ISBNs and ISSNs. */
export function paperReport(paperPageAddress: string): JsonLd {
	const p = paperRecord;
	return {
		'@context': context,
		'@type': 'Report',
		'@id': paperNodeId(paperPageAddress),
		name: p.title,
		author: p.authors.map((a) => ({
			'@type': 'Person',
			givenName: a.given,
			familyName: a.family,
			name: `${a.given} ${a.family}`,
		})),
		datePublished: String(p.year),
		publisher: { '@type': 'Organization', name: p.publisher, address: p.place },
		reportNumber: p.number,
		numberOfPages: p.pages,
		inLanguage: locales[defaultLanguage].tag,
		isPartOf: { '@type': 'CreativeWorkSeries', name: `${p.series} (${p.sector})`, issn: [p.issn.print, p.issn.online] },
		identifier: [
			{ '@type': 'PropertyValue', propertyID: 'ISBN', value: p.isbn.print, description: 'print' },
			{ '@type': 'PropertyValue', propertyID: 'ISBN', value: p.isbn.web, description: 'web pdf' },
		],
		url: paperPageAddress,
	};
}

/** A concept: a term of the set on the concepts index. */
export function definedTerm(c: {
	name: string;
	description: string;
	url: string;
	setUrl: string;
	alternateNames?: string[];
}): JsonLd {
	return {
		'@context': context,
		'@type': 'DefinedTerm',
		'@id': `${c.url}#term`,
		name: c.name,
		description: c.description,
		url: c.url,
		...(c.alternateNames?.length ? { alternateName: c.alternateNames } : {}),
		inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': `${c.setUrl}#terms`, url: c.setUrl },
	};
}

/** The set of all concepts, on the concepts index. */
export function definedTermSet(s: {
	name: string;
	description: string;
	url: string;
	terms: { name: string; url: string }[];
}): JsonLd {
	return {
		'@context': context,
		'@type': 'DefinedTermSet',
		'@id': `${s.url}#terms`,
		name: s.name,
		description: s.description,
		url: s.url,
		hasDefinedTerm: s.terms.map((t) => ({ '@type': 'DefinedTerm', '@id': `${t.url}#term`, name: t.name, url: t.url })),
	};
}

/** A case study, lesson or recommendation: an article based on the paper. */
export function article(a: {
	headline: string;
	description: string;
	url: string;
	section: string;
	siteName: string;
	paperPageAddress: string;
}): JsonLd {
	return {
		'@context': context,
		'@type': 'Article',
		headline: a.headline,
		description: a.description,
		url: a.url,
		articleSection: a.section,
		inLanguage: locales[defaultLanguage].tag,
		publisher: { '@type': 'Organization', name: a.siteName },
		isBasedOn: { '@id': paperNodeId(a.paperPageAddress) },
	};
}

/** A learning path: a module of units of this site, for trainers. */
export function learningResource(r: {
	name: string;
	description: string;
	url: string;
	audience: string;
	minutes: number;
	objectives: readonly string[];
	parts: readonly { name: string; url: string }[];
	siteName: string;
	paperPageAddress: string;
}): JsonLd {
	return {
		'@context': context,
		'@type': 'LearningResource',
		name: r.name,
		description: r.description,
		url: r.url,
		learningResourceType: 'module',
		educationalUse: 'training',
		audience: { '@type': 'Audience', audienceType: r.audience },
		timeRequired: `PT${r.minutes}M`,
		teaches: [...r.objectives],
		inLanguage: locales[defaultLanguage].tag,
		hasPart: r.parts.map((p) => ({ '@type': 'CreativeWork', name: p.name, url: p.url })),
		publisher: { '@type': 'Organization', name: r.siteName },
		isBasedOn: { '@id': paperNodeId(r.paperPageAddress) },
	};
}

/** The breadcrumb trail of a page; the last crumb is the page itself. */
export function breadcrumbList(trail: readonly { label: string; url: string }[]): JsonLd {
	return {
		'@context': context,
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((crumb, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: crumb.label,
			item: crumb.url,
		})),
	};
}

/** JSON for a `<script type="application/ld+json">`: "<" escaped so no string can close the element. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
