/** `/catalog.csv`: the catalogue as a spreadsheet. */
import type { APIRoute } from 'astro';
import { getSite } from '../lib/content/query';
import { buildCatalog, catalogCsv } from '../lib/content/catalog';

export const GET: APIRoute = async () =>
	new Response(catalogCsv(buildCatalog(await getSite()).entries), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
