/** robots.txt: every page may be crawled; the sitemap's full address (the site address setting decides the host). */
import type { APIRoute } from 'astro';
import { absoluteAddress } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteAddress('/sitemap-index.xml', site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
