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
		.png()
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
