/*
 * Static imports only: Astro loads this file with the config through a Vite
 * module runner that is closed before Markdown is compiled, so a dynamic
 * import() here would fail at build time.
 */
/**
 * Renders Mermaid diagrams to SVG at build time, in headless Chromium, once
 * per diagram source and theme, then post-processed for the page
 * (`diagram-svg.ts`). Results are cached on disk by a hash of the source,
 * the theme, the Mermaid version and the render version (which stands for
 * the rendering options and the post-processing), so a rebuild where no
 * diagram changed starts no browser at all.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PurgeCSS } from 'purgecss';
import type { Mermaid, MermaidConfig } from 'mermaid';
import { browserArgs, findBrowser } from '../lib/chromium/find-browser';
import {
	darkThemeOnly,
	diagramSizeRules,
	sameDrawing,
	serveDiagram,
	type Drawing,
	type ServedDiagram,
} from './diagram-svg';

export type DiagramTheme = 'light' | 'dark';

/**
 * How a flowchart is laid out. `author`: Mermaid's defaults. `compact`: for
 * a narrow column, ELK's simple node placement (its default, balanced
 * placement staggers a branching chain sideways at every fork, which made
 * the Sialkot chart 40 % wider) and almost no margin. `narrowest`: compact
 * with labels wrapped narrower, down to their longest word, so that a layer
 * of three nodes can fit a phone. Other diagrams ignore it.
 */
export type DrawingStyle = 'author' | 'compact' | 'narrowest';

/** Bump when the way diagrams are drawn changes, so old cache entries are not reused. */
const RENDER_VERSION = '6';

/** Wrapping of a `narrowest` label, in px at Mermaid's 16 px text: from about eight characters to Mermaid's own 120 px. */
const narrowestWrapPx = { least: 72, most: 120 };

/** Mermaid's theme for each site theme. */
const mermaidTheme: Record<DiagramTheme, NonNullable<MermaidConfig['theme']>> = { light: 'neutral', dark: 'dark' };
const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

/** A diagram that Mermaid rejects; `message` is Mermaid's own. */
export class DiagramError extends Error {
	override name = 'DiagramError';
}

export interface RenderStats {
	diagrams: number;
	cacheHits: number;
	rendered: number;
	browserLaunches: number;
}

const require = createRequire(import.meta.url);
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');
const mermaidVersion: string = JSON.parse(
	readFileSync(join(dirname(mermaidScript), '..', 'package.json'), 'utf8'),
).version;

export class MermaidRenderer {
	readonly stats: RenderStats = { diagrams: 0, cacheHits: 0, rendered: 0, browserLaunches: 0 };
	private browser?: Promise<Browser>;
	private page?: Promise<Page>;
	/** Mermaid keeps global state, so renders run one at a time on one page. */
	private queue: Promise<unknown> = Promise.resolve();
	private idleTimer?: NodeJS.Timeout;

	constructor(
		readonly cacheDir: string,
		private readonly idleMs = 20_000,
	) {}

	/** Cache key of one diagram in one theme and style, drawn with SVG id `id`. */
	static keyOf(code: string, theme: DiagramTheme, id: string, style: DrawingStyle = 'author'): string {
		return createHash('sha256')
			.update(JSON.stringify([RENDER_VERSION, mermaidVersion, theme, id, style, code.trim()]))
			.digest('hex');
	}

	/** Stylesheets of the diagrams drawn in this build, by scope class (see `diagramStylesheet`). */
	private readonly styles = new Map<string, string>();
	/** Sizing rules of the diagrams drawn in this build, by SVG id. */
	private readonly sizes = new Map<string, string>();
	/** The SVGs drawn in this build, by id: what the stylesheet's rules are kept for. */
	private readonly svgs = new Map<string, string>();

	/**
	 * The diagram `code` in each theme; throws `DiagramError` with Mermaid's
	 * message for an invalid diagram. Both themes are drawn with one SVG id:
	 * when the drawings are the same but for their colours (which live in the
	 * stylesheet), the page can carry one SVG for both (`shared`). When they
	 * differ (a chart with colours in its markup), the dark one is drawn again
	 * with an id of its own, so both can sit on one page.
	 */
	async render(code: string, style: DrawingStyle = 'author'): Promise<Drawing> {
		this.stats.diagrams++;
		// One source may be drawn in two styles on one page (one per screen width): their ids must differ.
		const suffix = style === 'author' ? '' : `-${style}`;
		const id = `mermaid-${createHash('sha256').update(code.trim()).digest('hex').slice(0, 12)}${suffix}`;
		const light = await this.renderOne(code, 'light', id, style);
		let dark = await this.renderOne(code, 'dark', id, style);
		const shared = sameDrawing(light, dark);
		if (!shared) dark = await this.renderOne(code, 'dark', `${id}-dark`, style);
		this.styles.set(light.styleClass, light.css);
		this.styles.set(dark.styleClass, darkThemeOnly(dark.css));
		for (const d of [light, dark]) {
			this.sizes.set(d.id, diagramSizeRules(d));
			this.svgs.set(d.id, d.svg);
		}
		return { light, dark, shared };
	}

	/**
	 * The size rules of these drawings (by SVG id), for a page's own size
	 * stylesheet (`src/lib/site/diagram-sizes.ts`); all drawn so far when no
	 * ids are given (the dev server, which cannot tell a page's).
	 */
	sizeRulesOf(ids?: readonly string[]): string {
		if (!ids)
			return [...this.sizes.keys()]
				.sort()
				.map((id) => this.sizes.get(id)!)
				.join('\n');
		return ids
			.map((id) => {
				const rules = this.sizes.get(id);
				if (rules === undefined) throw new Error(`No size rules for the drawing ${id}: it was not drawn in this build`);
				return rules;
			})
			.join('\n');
	}

	/**
	 * One stylesheet with the styles of every diagram rendered so far, each
	 * once (their sizes are in each page's own stylesheet: `sizeRulesOf`).
	 * Mermaid's theme styles every kind of diagram and state; the rules that
	 * match nothing in the drawn SVGs are dropped (PurgeCSS), which takes a
	 * third off the stylesheet that pages with a diagram load.
	 */
	async diagramStylesheet(pages?: readonly string[]): Promise<string> {
		// Given the built pages, only the drawings they show (their scope class or SVG id is in a page): a
		// translated edition's build also compiles the English bodies, whose drawings it never shows.
		const shown = pages ? pages.join('\n') : undefined;
		const sorted = (m: Map<string, string>) =>
			[...m.keys()]
				.filter((key) => shown === undefined || shown.includes(key))
				.sort()
				.map((k) => m.get(k)!);
		const css = sorted(this.styles).join('\n');
		const [kept] = await new PurgeCSS().purge({
			// The pages, or the SVGs and their scope classes (set on the figure when a page places a drawing).
			content: [{ raw: shown ?? [...sorted(this.svgs), ...this.styles.keys()].join('\n'), extension: 'html' }],
			css: [{ raw: css }],
			keyframes: true,
			// The theme switch lives on the page's root element, not in the SVGs.
			safelist: { standard: [':root'], greedy: [/data-theme/] },
		});
		return kept?.css ?? css;
	}

	private async renderOne(code: string, theme: DiagramTheme, id: string, style: DrawingStyle): Promise<ServedDiagram> {
		const key = MermaidRenderer.keyOf(code, theme, id, style);
		const file = join(this.cacheDir, `${key}.json`);
		if (existsSync(file)) {
			this.stats.cacheHits++;
			return JSON.parse(readFileSync(file, 'utf8')) as ServedDiagram;
		}
		const drawn = await this.enqueue(() => this.draw(code, theme, id, style));
		const diagram = serveDiagram(drawn.svg, drawn);
		this.stats.rendered++;
		mkdirSync(this.cacheDir, { recursive: true });
		// Write then rename, so a build stopped half-way never leaves a torn file in the cache.
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(diagram));
		renameSync(temporary, file);
		return diagram;
	}

	private enqueue<T>(task: () => Promise<T>): Promise<T> {
		const run = this.queue.then(task, task);
		this.queue = run.catch(() => undefined);
		return run;
	}

	private async draw(
		code: string,
		theme: DiagramTheme,
		id: string,
		style: DrawingStyle,
	): Promise<{ svg: string; minFontPx: number; firstNodeRight: number }> {
		clearTimeout(this.idleTimer);
		const page = await this.getPage();
		const outcome = await page.evaluate(
			async ({ code, theme, id, fontFamily, style, narrowestWrapPx }) => {
				const mermaid = (globalThis as unknown as { mermaid: Mermaid }).mermaid;
				const config: MermaidConfig = {
					startOnLoad: false,
					securityLevel: 'strict',
					theme,
					fontFamily,
					htmlLabels: false,
					flowchart: { htmlLabels: false, useMaxWidth: true },
				};
				/** Draws the diagram into the page, where the browser can measure it. */
				const draw = async (drawId: string) => {
					mermaid.initialize(config);
					const { svg } = await mermaid.render(drawId, code);
					const host = document.createElement('div');
					host.innerHTML = svg;
					document.body.append(host);
					return { svg, host };
				};
				try {
					mermaid.initialize(config);
					await mermaid.parse(code);
					if (style !== 'author') {
						config.elk = { nodePlacementStrategy: 'SIMPLE' };
						config.flowchart = { ...config.flowchart, diagramPadding: 2 };
					}
					if (style === 'narrowest') {
						// Mermaid breaks a word longer than the wrapping width mid-word: wrap no narrower than the longest word,
						// read from a first drawing (each word of a label is a tspan of its own).
						const probe = await draw(`${id}-probe`);
						const words = [...probe.host.querySelectorAll('g.node tspan, g.edgeLabel tspan')]
							.filter((t) => t.children.length === 0)
							.flatMap((t) => (t.textContent ?? '').split(/\s+/));
						probe.host.remove();
						const context = document.createElement('canvas').getContext('2d')!;
						context.font = `16px ${fontFamily}`;
						const widest = Math.max(0, ...words.map((w) => context.measureText(w).width));
						const wrap = Math.min(narrowestWrapPx.most, Math.max(narrowestWrapPx.least, Math.ceil(widest) + 4));
						config.flowchart = { ...config.flowchart, wrappingWidth: wrap, minNodeWidth: wrap, padding: 8 };
					}
					const { svg, host } = await draw(id);
					// The smallest text at natural size, read from the styles the browser applied.
					const sizes = [...host.querySelectorAll('text, tspan')]
						.filter((t) => (t.textContent ?? '').trim() !== '')
						.map((t) => parseFloat(getComputedStyle(t).fontSize));
					// Where the reading starts ends, from the drawing's left edge, in drawing units: the first node of the
					// source (Mermaid numbers node ids in source order) that no solid arrow ends at (a dotted one closes
					// a loop back to the start). Mermaid keeps no such list in the SVG: arrows are matched to nodes by
					// where they end.
					const root = host.querySelector('svg')!;
					const frame = root.getBoundingClientRect();
					const ends = [...host.querySelectorAll<SVGPathElement>('path.flowchart-link:not(.edge-pattern-dotted)')].map(
						(p) => {
							const end = p.getPointAtLength(p.getTotalLength());
							const m = p.getScreenCTM()!;
							return { x: m.a * end.x + m.c * end.y + m.e, y: m.b * end.x + m.d * end.y + m.f };
						},
					);
					const near = (r: DOMRect, x: number, y: number) =>
						Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom)) < 12;
					const entry = [...host.querySelectorAll('g.node')]
						.map((g) => ({ order: Number(g.id.split('-').at(-1)), r: g.getBoundingClientRect() }))
						.filter((n) => !ends.some((e) => near(n.r, e.x, e.y)))
						.sort((a, b) => a.order - b.order)[0];
					const firstNodeRight = entry ? ((entry.r.right - frame.left) * root.viewBox.baseVal.width) / frame.width : 0;
					host.remove();
					return { svg, minFontPx: sizes.length > 0 ? Math.min(...sizes) : 16, firstNodeRight };
				} catch (error) {
					document.querySelectorAll(`#d${id}, #${id}, #d${id}-probe, #${id}-probe`).forEach((n) => n.remove());
					return { error: error instanceof Error ? error.message : String(error) };
				}
			},
			{ code, theme: mermaidTheme[theme], id, fontFamily, style, narrowestWrapPx },
		);
		this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
		this.idleTimer.unref();
		if ('error' in outcome) throw new DiagramError(String(outcome.error));
		return outcome;
	}

	private getPage(): Promise<Page> {
		this.page ??= (async () => {
			this.browser ??= (async () => {
				const executablePath = findBrowser();
				this.stats.browserLaunches++;
				return chromium.launch({ executablePath, args: browserArgs, headless: true });
			})();
			const browser = await this.browser;
			const page = await browser.newPage();
			await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
			await page.addScriptTag({ path: mermaidScript });
			return page;
		})();
		return this.page;
	}

	/** Closes the browser if one was started. */
	async close(): Promise<void> {
		clearTimeout(this.idleTimer);
		const browser = this.browser;
		this.browser = undefined;
		this.page = undefined;
		if (browser) await (await browser).close();
	}
}

const key = Symbol.for('skills-clusters.mermaid-renderer');
type GlobalWithRenderer = typeof globalThis & { [key]?: MermaidRenderer };

/**
 * The renderer shared by the Markdown plugin and the build hook. Astro may
 * load the config more than once; one instance keeps one browser and one
 * set of counts.
 */
export function sharedRenderer(cacheDir: string): MermaidRenderer {
	const g = globalThis as GlobalWithRenderer;
	g[key] ??= new MermaidRenderer(cacheDir);
	return g[key];
}
