/**
 * Real builds of the fixture site: paragraph anchors survive edits of other
 * paragraphs and rebuilds; a published anchor that would vanish fails the
 * build (file and reason) until content/anchor-moves.json maps it, and then
 * the old address lands inside its new target; social cards are 1200×630
 * PNGs, drawn on the first build and all reused on the next.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { idsOfPage, publishedAnchorsFile } from '../../src/integration/published-anchors';

const alpha = 'content/concepts/alpha-concept.mdx';
const alphaPage = 'dist/concepts/alpha-concept/index.html';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

let site: FixtureSite;
let cardCache: string;
const previousCache = process.env.SOCIAL_CARD_CACHE_DIR;

beforeAll(() => {
	// An empty card cache: the first build must draw every card.
	cardCache = mkdtempSync(join(tmpdir(), 'cards-'));
	process.env.SOCIAL_CARD_CACHE_DIR = cardCache;
	site = createFixtureSite();
	site.write(
		alpha,
		site
			.read(alpha)
			.replace(
				'Text.\n',
				'Firms in a cluster can act together on purpose.\n\n- Training centres run by the association\n- Buyers that demand standards\n',
			),
	);
});
afterAll(() => {
	site?.remove();
	rmSync(cardCache, { recursive: true, force: true });
	if (previousCache === undefined) delete process.env.SOCIAL_CARD_CACHE_DIR;
	else process.env.SOCIAL_CARD_CACHE_DIR = previousCache;
});

describe('a fixture site through four builds', () => {
	let firstAnchors: string[] = [];

	it('1: anchors every paragraph and list item, and draws a 1200×630 card per page', () => {
		const { code, output } = site.build();
		expect(code, output).toBe(0);
		firstAnchors = idsOfPage(site.read(alphaPage)).blocks;
		expect(firstAnchors).toEqual([
			'p-alpha-links-to-beta-and-to',
			'p-firms-in-a-cluster-can-act',
			'li-training-centres-run-by-the-association',
			'li-buyers-that-demand-standards',
			'p-more-text',
		]);
		const cards = /social cards: (\d+) cards, (\d+) from cache, (\d+) rendered, browser launches: (\d+)/.exec(output);
		expect(cards, output).not.toBeNull();
		const [, total, cached, rendered, launches] = cards!.map(Number);
		expect(total).toBeGreaterThan(5);
		expect(cached).toBe(0);
		expect(rendered).toBeGreaterThan(0);
		expect(launches).toBe(1);
		const card = readFileSync(join(site.root, 'dist/social/concepts/alpha-concept.png'));
		expect(card.subarray(1, 4).toString()).toBe('PNG');
		expect(pngSize(card)).toEqual({ width: 1200, height: 630 });
		// Publish the page's anchors, as `npm run anchors:publish` would.
		site.write(publishedAnchorsFile, firstAnchors.map((id) => `/concepts/alpha-concept/#${id}`).join('\n') + '\n');
	});

	it('2: keeps every anchor when other paragraphs are added and edited, and reuses every card', () => {
		site.write(
			alpha,
			site
				.read(alpha)
				.replace('## First heading\n', '## First heading\n\nA paragraph added later, above the others.\n')
				.replace('act together on purpose.', 'act together on purpose, and often do.'),
		);
		const { code, output } = site.build();
		expect(code, output).toBe(0);
		const anchors = idsOfPage(site.read(alphaPage)).blocks;
		expect(anchors).toEqual(expect.arrayContaining(firstAnchors));
		expect(anchors).toContain('p-a-paragraph-added-later-above-the');
		expect(output).toMatch(/social cards: (\d+) cards, \1 from cache, 0 rendered, browser launches: 0/);
		expect(output).toMatch(/anchors: all 5 published paragraph anchors resolve/);
	});

	it('3: fails, naming the list, the page, the file and the fix, when a published paragraph is rewritten', () => {
		site.write(
			alpha,
			site.read(alpha).replace('Firms in a cluster can act together', 'Cluster firms may act together'),
		);
		const { code, output } = site.build();
		expect(code, output).not.toBe(0);
		expect(output).toContain(publishedAnchorsFile);
		expect(output).toContain(
			'/concepts/alpha-concept/#p-firms-in-a-cluster-can-act: no longer on /concepts/alpha-concept/ (content/concepts/alpha-concept.mdx); its paragraph was rewritten or removed.',
		);
		expect(output).toContain('content/anchor-moves.json');
	});

	it('4: with a move, builds again and the old address lands inside the new paragraph', () => {
		site.write(
			'content/anchor-moves.json',
			JSON.stringify({
				moves: { '/concepts/alpha-concept/#p-firms-in-a-cluster-can-act': 'p-cluster-firms-may-act-together-on' },
			}),
		);
		const { code, output } = site.build();
		expect(code, output).toBe(0);
		let holder: string | undefined;
		visit(fromHtml(site.read(alphaPage)), 'element', (node: Element, _i, parent) => {
			if (node.properties.id === 'p-firms-in-a-cluster-can-act') holder = String((parent as Element).properties.id);
		});
		expect(holder).toBe('p-cluster-firms-may-act-together-on');
	});
});
