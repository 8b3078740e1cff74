/** `/catalog.json`: every unit with its address, tags, sections and reading time. */
import type { APIRoute } from 'astro';
import { getSite } from '../lib/content/query';
import { buildCatalog } from '../lib/content/catalog';
import { absoluteUrl, pageUrl } from '../lib/site/urls';

export const GET: APIRoute = async () => {
	const catalog = buildCatalog(await getSite());
	const body = { $schema: absoluteUrl(pageUrl('catalogSchema')), ...catalog };
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
};
