/**
 * Marks the first use of each abbreviation on a page as <abbr title="...">,
 * with the expansion from the glossary data (content/organizations/), so a
 * reader or a screen reader can always learn what "SIMA" or "MNE" stands for.
 * Text in headings, links and code is left alone.
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { visitParents } from 'unist-util-visit-parents';

let cached: { signature: string; map: Map<string, string> } | undefined;

/**
 * Abbreviation → expansion, from the glossary entries that have an
 * abbreviation in capitals. Every MDX file asks; the YAML is parsed again
 * only when a glossary file was added, removed or changed.
 */
export function readAbbreviations(contentDir: string): Map<string, string> {
	const folder = join(contentDir, 'organizations');
	let names: string[];
	try {
		names = readdirSync(folder).filter((n) => /\.ya?ml$/.test(n));
	} catch {
		return new Map();
	}
	const signature = `${folder}|${names.map((n) => `${n}:${statSync(join(folder, n)).mtimeMs}`).join('|')}`;
	if (cached?.signature === signature) return cached.map;
	const map = new Map<string, string>();
	for (const name of names) {
		const data = parseYaml(readFileSync(join(folder, name), 'utf8')) as
			{ abbreviation?: string; name?: string } | undefined;
		if (
			data?.abbreviation &&
			data.name &&
			/^[A-Z][A-Z&]+$/.test(data.abbreviation) &&
			data.abbreviation !== data.name
		) {
			map.set(data.abbreviation, data.name);
		}
	}
	cached = { signature, map };
	return map;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const skipInside = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'abbr']);

export function remarkAbbreviations({ abbreviations }: { abbreviations: () => Map<string, string> }) {
	return (tree: Root) => {
		const map = abbreviations();
		if (map.size === 0) return;
		const alternatives = [...map.keys()]
			.sort((a, b) => b.length - a.length)
			.map(escapeRegExp)
			.join('|');
		// An abbreviation as a whole word, optionally plural ("SMEs").
		const pattern = new RegExp(`(?<![\\w&])(${alternatives})(s?)(?![\\w&])`, 'g');
		const seen = new Set<string>();
		const edits: { parent: Parent; node: Text; parts: PhrasingContent[] }[] = [];

		visitParents(tree, 'text', (node: Text, ancestors) => {
			if (ancestors.some((a) => skipInside.has(a.type))) return;
			const parts: PhrasingContent[] = [];
			let last = 0;
			for (const match of node.value.matchAll(pattern)) {
				const [whole, abbreviation] = match;
				if (seen.has(abbreviation)) continue;
				seen.add(abbreviation);
				const at = match.index ?? 0;
				if (at > last) parts.push({ type: 'text', value: node.value.slice(last, at) });
				parts.push({
					type: 'emphasis', // a phrasing node to carry the element; rendered as <abbr> through hName
					data: { hName: 'abbr', hProperties: { title: map.get(abbreviation) } },
					children: [{ type: 'text', value: whole }],
				});
				last = at + whole.length;
			}
			if (parts.length === 0) return;
			if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
			edits.push({ parent: ancestors[ancestors.length - 1] as Parent, node, parts });
		});

		for (const { parent, node, parts } of edits) {
			const index = parent.children.indexOf(node);
			if (index >= 0) parent.children.splice(index, 1, ...parts);
		}
	};
}
