/** Escaping of text in HTML, shared by the build and the browser code. */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (c) => entities[c]);
}
