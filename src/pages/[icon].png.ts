/** The site's icons (`siteIcons` in urls.ts), drawn from the one SVG at each size. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import faviconSvg from '../assets/favicon.svg?raw';
import { siteIcons, type SiteIcon } from '../lib/site/urls';

/** The SVG's own size (its viewBox), which sharp draws at 72 dpi. */
const drawnSize = 32;

export const getStaticPaths = (() =>
	Object.keys(siteIcons).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const size = siteIcons[params.icon as SiteIcon];
	const png = await sharp(Buffer.from(faviconSvg), { density: (72 * size) / drawnSize })
		.resize(size, size)
		// A palette of 16 colours draws the icon's few colours and their edges; the favicon loads on every first visit.
		.png({ palette: true, colours: 16, effort: 10, compressionLevel: 9 })
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
