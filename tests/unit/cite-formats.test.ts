/**
 * The four citation formats, on the paper and on a page of the site. BibTeX
 * is read back with an independent parser (@retorquere/bibtex-parser, the
 * one behind Better BibTeX for Zotero) and RIS with a small reader written
 * here from the RIS specification, and every field is compared with the
 * paper's record in src/lib/citation/citation.ts (copied from the paper's README).
 */
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { formatCitation } from '../../src/lib/citation/cite-formats';
import { paperCitationKey, paperCsl, pageCsl } from '../../src/lib/citation/citation';

/** RIS: one "TAG  - value" per line; a record ends at "ER  - ". Returns the tags of the first record. */
function readRis(text: string): Map<string, string[]> {
	const tags = new Map<string, string[]>();
	for (const line of text.split(/\r?\n/)) {
		if (line === '') continue;
		const tag = line.slice(0, 2);
		expect(line.slice(2, 6), `RIS line "${line}"`).toBe('  - ');
		if (tag === 'ER') return tags;
		tags.set(tag, [...(tags.get(tag) ?? []), line.slice(6)]);
	}
	throw new Error('RIS record without "ER  - "');
}

const paper = formatCitation(paperCsl());
const url = 'https://skills-for-clusters.example.org/concepts/joint-action/';
const page = formatCitation(
	pageCsl({
		title: 'Joint action',
		url,
		siteName: 'Skills for Industrial Clusters',
		accessed: new Date(Date.UTC(2026, 10, 29)),
	}),
);

describe('the paper, cited', () => {
	it('in APA 7', () => {
		expect(paper.apa).toBe(
			'Marchese, M., & Sakamoto, A. (2008). Skills development for industrial clusters: A preliminary review (Employment Working Paper No. 8). International Labour Office, Skills and Employability Department.',
		);
	});

	it('in Chicago author-date', () => {
		expect(paper.chicago).toBe(
			'Marchese, Marco, and Akiko Sakamoto. 2008. Skills Development for Industrial Clusters: A Preliminary Review. Employment Working Paper 8. Geneva: International Labour Office, Skills and Employability Department.',
		);
	});

	it('in BibTeX, field by field', () => {
		const library = parseBibtex(paper.bibtex);
		expect(library.errors).toEqual([]);
		expect(library.entries).toHaveLength(1);
		const [entry] = library.entries;
		expect(entry.type).toBe('techreport');
		expect(entry.key).toBe(paperCitationKey);
		const f = entry.fields;
		expect(f.author).toEqual([
			{ lastName: 'Marchese', firstName: 'Marco' },
			{ lastName: 'Sakamoto', firstName: 'Akiko' },
		]);
		expect(f.title).toBe('Skills development for industrial clusters: A preliminary review');
		expect(f.year).toBe('2008');
		expect(f.type).toBe('Employment Working Paper');
		expect(f.number).toBe('8');
		expect(f.institution).toEqual(['International Labour Office, Skills and Employability Department']);
		expect(f.address).toBe('Geneva');
		expect(f.isbn?.split(' ')).toEqual(['978-92-2-121279-9', '978-92-2-121280-5']);
		expect(f.issn?.split(' ')).toEqual(['1999-2939', '1999-2947']);
	});

	it('in RIS, field by field', () => {
		const ris = readRis(paper.ris);
		expect(ris.get('TY')).toEqual(['RPRT']);
		expect(ris.get('AU')).toEqual(['Marchese, Marco', 'Sakamoto, Akiko']);
		expect(ris.get('TI')).toEqual(['Skills development for industrial clusters: A preliminary review']);
		expect(ris.get('PY')).toEqual(['2008']);
		expect(ris.get('M3')).toEqual(['Employment Working Paper']);
		// For a report (TY RPRT) the RIS specification puts the report number in SN.
		expect(ris.get('SN')).toEqual(['8']);
		expect(ris.get('PB')).toEqual(['International Labour Office, Skills and Employability Department']);
		expect(ris.get('CY')).toEqual(['Geneva']);
		expect(ris.get('ID')).toEqual([paperCitationKey]);
		expect(paper.ris.endsWith('ER  - \n')).toBe(true);
	});
});

describe('a page of the site, cited', () => {
	it('in APA 7 and Chicago, with the build date as the date accessed', () => {
		expect(page.apa).toBe(
			`Joint action. (n.d.). Skills for Industrial Clusters. Retrieved November 29, 2026, from ${url}`,
		);
		expect(page.chicago).toBe(
			`Skills for Industrial Clusters. n.d. “Joint Action.” Accessed November 29, 2026. ${url}.`,
		);
	});

	it('in BibTeX, field by field', () => {
		const library = parseBibtex(page.bibtex);
		expect(library.errors).toEqual([]);
		const [entry] = library.entries;
		expect(entry.type).toBe('misc');
		expect(entry.key).toBe('SkillsClusters_concepts_joint_action');
		expect(entry.fields.title).toBe('Joint action');
		expect(entry.fields.url).toBe(url);
		expect(entry.fields.note).toContain('2026-11-29');
	});

	it('in RIS, field by field', () => {
		const ris = readRis(page.ris);
		expect(ris.get('TY')).toEqual(['ELEC']);
		expect(ris.get('TI')).toEqual(['Joint action']);
		expect(ris.get('UR')).toEqual([url]);
		expect(ris.get('M1')).toEqual(['2026/11/29/']);
	});
});
