/**
 * Fails, naming file and line, when a template (`src/pages`, `src/components`,
 * `src/layouts`) or a browser script (`src/client`) holds a sentence of its
 * own instead of taking it from the strings module of its language
 * (`src/i18n/en.ts`) or from content: a French or Spanish edition must be
 * able to change every word without touching code.
 *
 * Templates are parsed with Astro's compiler (text, string attributes a
 * reader hears or sees, string literals in the frontmatter and in
 * expressions); scripts with the TypeScript compiler (string literals).
 * A colon or semicolon in a template's text counts too: each language sets it
 * its own way (French puts a space before it).
 * A string is prose when it has two words or more and reads like text:
 * three words, or a capital or a sentence's punctuation. Import paths,
 * selectors, URLs, class lists and developers' error messages are not.
 *
 * Run by `npm run lint`: `node scripts/check-strings.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@astrojs/compiler-rs';
import ts from 'typescript';

export interface StringFinding {
	file: string;
	line: number;
	text: string;
}

/** Attributes whose value a reader sees or hears. */
const spokenAttributes = new Set(['aria-label', 'aria-description', 'alt', 'title', 'placeholder', 'label']);

/** Whether a literal reads like words for a reader rather than code. */
export function looksLikeProse(value: string): boolean {
	const text = value.replace(/\$\{[^}]*\}/g, ' ').trim();
	// Paths, URLs, selectors and media queries.
	if (/^(?:[./#[(]|https?:|mailto:)/.test(text) || /[[\]{}=<>]|=>/.test(text)) return false;
	const tokens = text.split(/\s+/);
	if (tokens.every((w) => /^[a-z]*[.#][\w-]+,?$/.test(w))) return false;
	const words = tokens.filter((w) => /\p{L}/u.test(w));
	if (words.length < 2) return false;
	return words.length >= 3 || /\p{Lu}/u.test(text) || /[.,:;!?…]/.test(text);
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

interface EsNode {
	type: string;
	start: number;
	[key: string]: unknown;
}
const isNode = (value: unknown): value is EsNode =>
	typeof value === 'object' && value !== null && typeof (value as EsNode).type === 'string';

/** What an Astro template says in its own words. */
export function templateFindings(file: string, source: string): StringFinding[] {
	const { ast } = parse(source) as unknown as { ast: EsNode };
	const found: StringFinding[] = [];
	const report = (node: EsNode, text: string) => {
		if (looksLikeProse(text)) found.push({ file, line: lineAt(source, node.start), text: text.trim() });
	};
	const walk = (node: EsNode, parent?: EsNode) => {
		switch (node.type) {
			case 'ImportDeclaration':
			case 'ExportAllDeclaration':
			case 'ExportNamedDeclaration':
				if (node.type === 'ImportDeclaration' || node.source) return;
				break;
			case 'NewExpression':
				// Developers' messages (`new Error(...)`) are not for readers.
				if (isNode(node.callee) && (node.callee as { name?: string }).name?.endsWith('Error')) return;
				break;
			case 'JSXElement': {
				const opening = node.openingElement as { name?: { name?: string } };
				if (opening.name?.name === 'script' || opening.name?.name === 'style') return;
				break;
			}
			case 'JSXAttribute': {
				const name = (node.name as { name?: unknown }).name;
				const value = node.value as EsNode | null;
				if (value?.type === 'Literal') {
					if (typeof name === 'string' && spokenAttributes.has(name)) report(value, String(value.value));
					return;
				}
				break;
			}
			case 'JSXText': {
				const text = String(node.value);
				// A colon or semicolon after a label or a value: French sets a space before it, so the language's
				// strings module places it (`labelled`, or the whole phrase).
				if (/^\s*[:;]/.test(text)) found.push({ file, line: lineAt(source, node.start), text: text.trim() });
				else report(node, text);
				return;
			}
			case 'Literal':
				if (typeof node.value === 'string' && parent?.type !== 'JSXAttribute') report(node, node.value);
				return;
			case 'TemplateLiteral': {
				const quasis = node.quasis as { value: { cooked: string | null } }[];
				report(node, quasis.map((q) => q.value.cooked ?? '').join('${}'));
				break;
			}
		}
		for (const [key, value] of Object.entries(node)) {
			if (key === 'key' && parent?.type === 'Property') continue;
			if (Array.isArray(value)) for (const child of value) if (isNode(child)) walk(child, node);
			if (isNode(value)) walk(value, node);
		}
	};
	walk(ast);
	return found;
}

/** What a browser script says in its own words. */
export function scriptFindings(file: string, source: string): StringFinding[] {
	const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
	const found: StringFinding[] = [];
	const report = (node: ts.Node, text: string) => {
		if (looksLikeProse(text))
			found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
	};
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportTypeNode(node)) return;
		if (ts.isNewExpression(node) && node.expression.getText().endsWith('Error')) return;
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) report(node, node.text);
		else if (ts.isTemplateExpression(node))
			report(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('${}'));
		ts.forEachChild(node, visit);
	};
	visit(sourceFile);
	return found;
}

const filesUnder = (dir: string, ext: string): string[] =>
	readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && d.name.endsWith(ext))
		.map((d) => join(d.parentPath, d.name))
		.sort();

/** Every finding of the site's templates and browser scripts. */
export function checkStrings(root: string): StringFinding[] {
	const read = (path: string) => readFileSync(path, 'utf8');
	const rel = (path: string) => relative(root, path);
	return [
		...['src/pages', 'src/components', 'src/layouts'].flatMap((dir) =>
			filesUnder(join(root, dir), '.astro').flatMap((path) => templateFindings(rel(path), read(path))),
		),
		...filesUnder(join(root, 'src/client'), '.ts').flatMap((path) => scriptFindings(rel(path), read(path))),
	];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const findings = checkStrings(fileURLToPath(new URL('..', import.meta.url)));
	for (const f of findings)
		console.error(
			`${f.file}:${f.line}: "${f.text}" is a reader's words or punctuation in code: move it to src/i18n/en.ts or content/`,
		);
	if (findings.length > 0) process.exit(1);
}
