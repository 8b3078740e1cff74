/** `/paths/<id>.imscc`: the IMS Common Cartridge 1.1 of one learning path. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Path } from '../../lib/content/query';
import { pathCartridge } from '../../lib/teaching/path-package';

export const getStaticPaths = (async () => {
	const site = await getSite();
	return site.paths.map((path) => ({ params: { id: path.id }, props: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const site = await getSite();
	const bytes = pathCartridge(site, (props as { path: Path }).path);
	return new Response(bytes as Uint8Array<ArrayBuffer>, {
		headers: { 'Content-Type': 'application/vnd.ims.imsccv1p1' },
	});
};
