/** `/catalog.schema.json`: the JSON Schema of `/catalog.json`, generated from `src/schemas/catalog.ts`. */
import type { APIRoute } from 'astro';
import { catalogJsonSchema } from '../schemas/catalog';
import { absoluteUrl, pageUrl } from '../lib/site/urls';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(catalogJsonSchema(absoluteUrl(pageUrl('catalogSchema'))), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json' },
	});
