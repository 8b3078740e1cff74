/**
 * The concept map's focus: pointing at a box with a mouse, focusing it from
 * the keyboard, or tapping it once on a touch screen picks out the box and
 * its neighbours and fades the rest (the classes are styled in
 * concept-map.css); a second tap on the same box opens its page. The
 * relations are read from the page's own list of them (one source for the
 * eye and for this script), the centres from the boxes' rectangles. Without
 * JavaScript the boxes are plain links.
 */
import { focusPath, neighboursShown, type Neighbours } from '../lib/drawing/concept-focus';

/** The relations the list states, by the link of each concept (`<dt>`, then its `<dd data-kind>` lists). */
function relationsOf(list: Element): Map<string, Neighbours> {
	const relations = new Map<string, Neighbours>();
	for (const dt of list.querySelectorAll('dt')) {
		const href = dt.querySelector('a')?.getAttribute('href');
		if (!href) continue;
		const near = { related: [] as string[], shared: [] as string[] };
		for (let dd = dt.nextElementSibling; dd instanceof HTMLElement && dd.tagName === 'DD'; dd = dd.nextElementSibling) {
			const kind = dd.dataset.kind;
			if (kind === 'related' || kind === 'shared')
				near[kind].push(...[...dd.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''));
		}
		relations.set(href, near);
	}
	return relations;
}

function setUp(svg: SVGSVGElement, relations: Map<string, Neighbours>) {
	const toggle = svg.closest('.cm-map')?.querySelector<HTMLInputElement>('input.cm-shared-toggle');
	const line = svg.querySelector('path.cm-edge-focus');
	const nodes = [...svg.querySelectorAll<SVGAElement>('a.cm-node')];
	// An SVG anchor's `href` is an SVGAnimatedString: read the attribute.
	const hrefOf = (a: Element) => a.getAttribute('href') ?? '';
	const centres = new Map(
		nodes.map((a) => {
			const r = a.querySelector('rect')!;
			const n = (name: string) => Number(r.getAttribute(name));
			return [hrefOf(a), { x: n('x') + n('width') / 2, y: n('y') + n('height') / 2 }] as const;
		}),
	);
	const nodeOf = (target: EventTarget | null) =>
		target instanceof Element ? target.closest<SVGAElement>('a.cm-node') : null;
	let shown: SVGAElement | null = null;
	let tapped: SVGAElement | null = null;
	let pointer = '';

	function show(a: SVGAElement) {
		shown = a;
		const near = new Set(neighboursShown(relations.get(hrefOf(a)), toggle?.checked ?? false));
		for (const node of nodes) {
			node.classList.toggle('cm-on', node === a);
			node.classList.toggle('cm-near', near.has(hrefOf(node)));
		}
		line?.setAttribute('d', focusPath(centres, hrefOf(a), [...near]));
		svg.classList.add('cm-focusing');
	}
	function clear() {
		shown = tapped = null;
		svg.classList.remove('cm-focusing');
		for (const node of nodes) node.classList.remove('cm-on', 'cm-near');
		line?.setAttribute('d', '');
	}

	svg.addEventListener('pointerdown', (e) => (pointer = e.pointerType));
	// Enter on a focused box opens it, whatever pointer came before.
	svg.addEventListener('keydown', () => (pointer = ''));
	svg.addEventListener('pointerover', (e) => {
		const a = nodeOf(e.target);
		if (e.pointerType === 'mouse' && a && a !== shown) show(a);
	});
	svg.addEventListener('pointerout', (e) => {
		if (e.pointerType !== 'mouse' || nodeOf(e.relatedTarget)) return;
		// Back to the box that has the keyboard's focus, if any.
		const focused = nodeOf(document.activeElement);
		if (focused && svg.contains(focused)) show(focused);
		else clear();
	});
	svg.addEventListener('focusin', (e) => {
		const a = nodeOf(e.target);
		if (a) show(a);
	});
	svg.addEventListener('focusout', (e) => {
		if (!nodeOf(e.relatedTarget) || !svg.contains(e.relatedTarget as Node)) clear();
	});
	svg.addEventListener('click', (e) => {
		const a = nodeOf(e.target);
		if (!a) {
			clear();
			return;
		}
		// A first tap on a box picks it out (a touch has no hover); a second tap on it follows the link.
		if (pointer === 'touch' && tapped !== a) {
			e.preventDefault();
			show(a);
			tapped = a;
		}
	});
	toggle?.addEventListener('change', () => shown && show(shown));
}

export function initConceptMap(): void {
	const list = document.querySelector('.cm-relations');
	if (!list) return;
	const relations = relationsOf(list);
	for (const svg of document.querySelectorAll<SVGSVGElement>('svg.cm-svg')) setUp(svg, relations);
}
