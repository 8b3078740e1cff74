/** `/catalog.json`: every unit with its address, tags, sections and reading time. */
import type { APIRoute } from 'astro';
import { getSite } from '../lib/content';
import { buildCatalog } from '../lib/catalog';
import { absoluteUrl, pageUrl } from '../lib/urls';

export const GET: APIRoute = async ({ site: siteUrl }) => {
	const catalog = buildCatalog(await getSite(), siteUrl!);
	const body = { $schema: absoluteUrl(pageUrl('catalogSchema'), siteUrl!), ...catalog };
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
};
