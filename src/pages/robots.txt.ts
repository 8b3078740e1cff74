/** robots.txt: every page may be crawled; the sitemap's full address (the site address setting decides the host). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/urls';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
