/**
 * The print rules that write a link's address after its text. Internal
 * links are written relative to the site, so the rule prefixes the site's
 * configured address; CSS cannot resolve a URL itself. Pure: tests call it.
 */
import { absoluteUrl } from './urls';

/** Links whose address is not printed: heading anchors, in-page jumps, and links that already show their address. */
const skipped = ':not(.heading-anchor):not([href^="#"]):not([data-print-href="no"])';

/** A CSS string literal (quotes and backslashes escaped). */
export const cssString = (text: string) =>
	`"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;

export function printLinkRules(site?: string): string {
	// Only the origin: an internal href already starts with the site's base path.
	const origin = new URL(absoluteUrl('/', site)).origin;
	const scope = 'main';
	return [
		'@media print {',
		`\t${scope} a[href^="/"]${skipped}::after { content: " (" ${cssString(origin)} attr(href) ")"; font-size: 0.85em; word-break: break-all; }`,
		`\t${scope} a[href^="http"]${skipped}::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }`,
		'}',
		'',
	].join('\n');
}
