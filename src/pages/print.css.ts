/**
 * `/print.css`: the part of the print stylesheet that needs the site's own
 * address. A printed page shows each link's address after its text, and a
 * link within the site (`/concepts/x/`) must print as a full address that
 * works from paper. Loaded with media="print" by every page.
 */
import type { APIRoute } from 'astro';
import { printLinkRules } from '../lib/site/print-links';

export const GET: APIRoute = () =>
	new Response(printLinkRules(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
