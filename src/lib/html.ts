/** Escaping and unescaping of text in HTML, shared by the build and the browser code. */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (c) => entities[c]);
}

/** The text of HTML-escaped content or attributes (the entities a build writes). */
export function decodeHtml(html: string): string {
	return html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#0*39;|&#x0*27;/gi, "'")
		.replace(/&amp;/g, '&');
}
