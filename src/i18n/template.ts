/**
 * Sentences with links or other markup inside are written whole in the
 * strings modules, with named places for the markup: "Try the {search}, the
 * {concepts} or the {home}." A translation can then move the places where
 * its grammar wants them. This splits such a template into its text and its
 * places, for `src/components/Sentence.astro`.
 */
export type TemplatePart = { text: string } | { place: string };

const placePattern = /\{([a-z][a-zA-Z0-9]*)\}/g;

export function templateParts(template: string): TemplatePart[] {
	const parts: TemplatePart[] = [];
	let at = 0;
	for (const match of template.matchAll(placePattern)) {
		if (match.index > at) parts.push({ text: template.slice(at, match.index) });
		parts.push({ place: match[1]! });
		at = match.index + match[0].length;
	}
	if (at < template.length) parts.push({ text: template.slice(at) });
	return parts;
}

/** The names of a template's places, each once, in order. */
export const templatePlaces = (template: string): string[] => [
	...new Set(templateParts(template).flatMap((p) => ('place' in p ? [p.place] : []))),
];
