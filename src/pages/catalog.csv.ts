/** `/catalog.csv`: the catalogue as a spreadsheet. */
import type { APIRoute } from 'astro';
import { getSite } from '../lib/content';
import { buildCatalog, catalogCsv } from '../lib/catalog';

export const GET: APIRoute = async ({ site: siteUrl }) =>
	new Response(catalogCsv(buildCatalog(await getSite(), siteUrl!).entries), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
