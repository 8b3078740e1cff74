/**
 * The paper's citation record as files for reference managers, at stable
 * addresses: /paper/marchese-sakamoto-2008.bib and .ris.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatCitation } from '../../lib/citation/cite-formats';
import { paperCsl } from '../../lib/citation/citation';
import { paperRecordUrl } from '../../lib/site/urls';

const files = { bib: 'bibtex', ris: 'ris' } as const;

export const getStaticPaths = (() =>
	(Object.keys(files) as (keyof typeof files)[]).map((format) => ({
		params: { file: paperRecordUrl(format).split('/').at(-1)! },
		props: { format },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const format = (props as { format: keyof typeof files }).format;
	const type = format === 'bib' ? 'application/x-bibtex' : 'application/x-research-info-systems';
	return new Response(formatCitation(paperCsl())[files[format]], {
		headers: { 'Content-Type': `${type}; charset=utf-8` },
	});
};
