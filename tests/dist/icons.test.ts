/**
 * Gate: every page names the site's icons as PNG files that exist at the
 * size they claim. An SVG icon costs the page's main thread a drawing while
 * the page loads (some 30 ms on a fast machine, measured on the search page).
 */
import type { Element } from 'hast';
import sharp from 'sharp';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { iconFile, iconUrl, siteIcons, type SiteIcon } from '../../src/lib/site/urls';
import { builtPages, distDir } from '../helpers/dist';

const iconRels = new Set(['icon', 'apple-touch-icon']);

describe('site icons', () => {
	it('are PNGs of the declared sizes, linked from every page', async () => {
		const linked = new Set<string>();
		for (const page of builtPages()) {
			const icons: Element[] = [];
			visit(page.tree, 'element', (node: Element) => {
				const rel = [node.properties.rel ?? []].flat().map(String);
				if (node.tagName === 'link' && rel.some((r) => iconRels.has(r))) icons.push(node);
			});
			expect(icons.map((i) => [i.properties.rel, i.properties.type, i.properties.sizes]), page.path).toEqual([
				[['icon'], 'image/png', `${siteIcons.favicon}x${siteIcons.favicon}`],
				[['apple-touch-icon'], undefined, undefined],
			]);
			for (const icon of icons) linked.add(String(icon.properties.href));
		}
		const names = Object.keys(siteIcons) as SiteIcon[];
		expect([...linked].sort()).toEqual(names.map(iconUrl).sort());
		for (const name of names) {
			const { format, width, height } = await sharp(join(distDir, iconFile(name))).metadata();
			expect({ name, format, width, height }).toEqual({ name, format: 'png', width: siteIcons[name], height: siteIcons[name] });
		}
	});
});
