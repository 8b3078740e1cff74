/**
 * The social card of a page as an HTML document of exactly 1200×630 CSS
 * pixels: the page's type, its title and the site's name. Drawn to PNG in
 * Chromium (src/integration/social-cards.ts). System fonts only: no request leaves
 * the machine.
 */
import { escapeHtml } from '../lib/security/html';
import { paperRecord } from '../lib/citation/citation';
import { t } from '../i18n/ui';
import { defaultLanguage, locales } from '../i18n/languages';

export interface CardSpec {
	title: string;
	/** What the page is: "Concept", "Case study", "Page"... */
	kind: string;
	siteName: string;
}

export const cardSize = { width: 1200, height: 630 } as const;

/** Long titles get a smaller type size so that they fit in four lines. */
export function titleSize(title: string): number {
	if (title.length <= 40) return 76;
	if (title.length <= 80) return 60;
	return 46;
}

export function cardHtml({ title, kind, siteName }: CardSpec): string {
	return `<!doctype html><html lang="${locales[defaultLanguage].tag}"><head><meta charset="utf-8"><style>
html, body { margin: 0; width: ${cardSize.width}px; height: ${cardSize.height}px; overflow: hidden; }
body { box-sizing: border-box; display: flex; flex-direction: column; justify-content: space-between; padding: 64px 80px;
	background: #fdfdfb; color: #1c1e21; font-family: "DejaVu Sans", "Noto Sans", system-ui, sans-serif;
	border-top: 24px solid #0b5cad; }
.kind { font-size: 30px; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: #0b5cad; }
.title { font-size: ${titleSize(title)}px; font-weight: 700; line-height: 1.15; margin: 0;
	display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden; }
.site { display: flex; justify-content: space-between; align-items: baseline; font-size: 30px; color: #4a4f57;
	border-top: 2px solid #d6d8d2; padding-top: 24px; }
.site strong { color: #1c1e21; }
</style></head><body>
<div class="kind">${escapeHtml(kind)}</div>
<h1 class="title">${escapeHtml(title)}</h1>
<div class="site"><strong>${escapeHtml(siteName)}</strong><span>${escapeHtml(t().socialCard.credit(paperRecord))}</span></div>
</body></html>`;
}
