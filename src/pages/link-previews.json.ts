/** The link previews (title and one sentence per concept, case and glossary entry), fetched once by the preview script. */
import type { APIRoute } from 'astro';
import { getSite } from '../lib/content/query';
import { linkPreviews } from '../lib/content/link-previews';

export const GET: APIRoute = async () => {
	const site = await getSite();
	return new Response(JSON.stringify(linkPreviews(site)), { headers: { 'Content-Type': 'application/json' } });
};
