/** `/paths/all.imscc`: one IMS Common Cartridge 1.1 holding every learning path. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content/query';
import { pathCartridge } from '../../lib/teaching/path-package';

export const GET: APIRoute = async () => {
	const site = await getSite();
	return new Response(pathCartridge(site) as Uint8Array<ArrayBuffer>, {
		headers: { 'Content-Type': 'application/vnd.ims.imsccv1p1' },
	});
};
