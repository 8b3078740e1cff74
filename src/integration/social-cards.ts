/**
 * Social cards: a 1200×630 PNG per page, named by the page's `og:image` and
 * drawn from its `og:title`, `article:section` and `og:site_name`, so the
 * head tags are the one source of what a card shows. Drawn in one headless
 * Chromium, one tab, one card after another; cached on disk by a hash of the
 * card's HTML, so a rebuild where no title changed starts no browser.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { chromium, type Page } from 'playwright-core';
import { browserArgs, findBrowser } from '../lib/chromium/find-browser';
import { cardHtml, cardSize, type CardSpec } from './social-card-template';
import { withoutBase } from '../lib/site/urls';

/** Bump when the way cards are drawn changes outside the template (browser settings). */
const RENDER_VERSION = '1';

export interface PageCard extends CardSpec {
	/** Where the card goes, as a site path (`/social/concepts/x.png`). */
	imagePath: string;
	/** The page that shows it, for error messages. */
	page: string;
}

export interface CardStats {
	cards: number;
	rendered: number;
	cached: number;
	browserLaunches: number;
}

/** The card a page's head asks for, or `undefined` for a page without `og:image` (a redirect). */
export function cardOfPage(page: string, html: string, base = '/'): PageCard | undefined {
	return cardOfTree(page, fromHtml(html), base);
}

/** The same, from a page already parsed (the build parses each page of dist/ once). */
export function cardOfTree(page: string, tree: Root, base = '/'): PageCard | undefined {
	const meta = new Map<string, string>();
	visit(tree, 'element', (node: Element) => {
		if (node.tagName !== 'meta') return;
		const name = node.properties.property ?? node.properties.name;
		if (typeof name === 'string' && typeof node.properties.content === 'string')
			meta.set(name, node.properties.content);
	});
	const image = meta.get('og:image');
	if (!image) return undefined;
	const missing = ['og:title', 'article:section', 'og:site_name'].filter((n) => !meta.has(n));
	if (missing.length > 0) throw new Error(`social card of ${page}: the head has og:image but no ${missing.join(', ')}`);
	return {
		page,
		// Where the file goes in dist/: the address's path without the base path the site is served under.
		imagePath: withoutBase(new URL(image).pathname, base) ?? new URL(image).pathname,
		title: meta.get('og:title')!,
		kind: meta.get('article:section')!,
		siteName: meta.get('og:site_name')!,
	};
}

export function cardKey(card: CardSpec): string {
	return createHash('sha256')
		.update(JSON.stringify([RENDER_VERSION, cardSize, cardHtml(card)]))
		.digest('hex');
}

/** The cards the built pages ask for. */
export function cardsOfSite(pages: readonly { path: string; tree: Root }[], base = '/'): PageCard[] {
	return pages.map((p) => cardOfTree(p.path, p.tree, base)).filter((card) => card !== undefined);
}

/** Writes each card into `distDir`, from the cache or drawn in Chromium. */
export async function writeSocialCards(
	cards: readonly PageCard[],
	distDir: string,
	cacheDir: string,
): Promise<CardStats> {
	const stats: CardStats = { cards: cards.length, rendered: 0, cached: 0, browserLaunches: 0 };
	const place = (card: PageCard, cached: string) => {
		const target = join(distDir, card.imagePath);
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(cached, target);
	};
	// Pages with the same title and type share one drawing.
	const toDraw = new Map<string, PageCard[]>();
	for (const card of cards) {
		const file = join(cacheDir, `${cardKey(card)}.png`);
		if (existsSync(file)) {
			stats.cached++;
			place(card, file);
		} else toDraw.set(file, [...(toDraw.get(file) ?? []), card]);
	}
	if (toDraw.size === 0) return stats;

	mkdirSync(cacheDir, { recursive: true });
	stats.browserLaunches++;
	const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs, headless: true });
	try {
		// Two tabs: while one encodes its PNG, the other lays out the next card.
		const queue = [...toDraw];
		const tab = async () => {
			const page = await browser.newPage({ viewport: cardSize, deviceScaleFactor: 1 });
			for (let next = queue.shift(); next; next = queue.shift()) await drawOne(page, next[0], next[1]);
		};
		await Promise.all([tab(), tab()]);
	} finally {
		await browser.close();
	}
	return stats;

	async function drawOne(page: Page, file: string, sharing: PageCard[]) {
		await page.setContent(cardHtml(sharing[0]), { waitUntil: 'load' });
		const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...cardSize } });
		// Write then rename, so a build stopped half-way never leaves a torn file in the cache.
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, png);
		renameSync(temporary, file);
		stats.rendered += 1;
		for (const card of sharing) place(card, file);
	}
}
