/**
 * Lays out a graph of labelled boxes with d3-force at build time. Each
 * group (a concept theme) gets a cell of a grid; its nodes are pulled to one
 * anchor in the cell, drawn together along their edges, pushed apart by
 * their boxes (d3's collision is for circles; labels are wide boxes) and kept
 * within the cell's width, under the group's name; a row of cells is as tall
 * as its tallest group. The simulation is stopped and
 * stepped a fixed number of ticks from a seeded random source, and every
 * coordinate is rounded, so the same input always gives the same layout.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { round1 } from './svg-geometry';

export interface LayoutNode {
	id: string;
	group: string;
	/** Size of the node's box (label and marker), in SVG units. */
	width: number;
	height: number;
}

export interface LayoutOptions {
	/** Width of the drawing; nodes stay inside it. */
	width: number;
	/** Cells per row of the grid of groups. */
	columns: number;
	/** The groups in reading order (left to right, top to bottom). */
	groups: readonly string[];
	/** Room above each cell's nodes for the group's name. */
	groupLabelHeight: number;
	/** Space kept between boxes. */
	gap: number;
	ticks?: number;
	seed?: number;
}

export interface PlacedNode extends LayoutNode {
	/** Centre of the box. */
	x: number;
	y: number;
}

export interface PlacedGroup {
	group: string;
	/** Where the group's name goes: horizontal centre and vertical middle of its line. */
	labelX: number;
	labelY: number;
}

export interface GraphLayout {
	width: number;
	height: number;
	nodes: PlacedNode[];
	groups: PlacedGroup[];
}

/** The linear congruential generator d3 uses by default, from a given seed: values in [0, 1). */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(1664525, state) + 1013904223) >>> 0;
		return state / 4294967296;
	};
}

interface SimNode extends SimulationNodeDatum, LayoutNode {
	x: number;
	y: number;
}

/** Keeps a box within [0, width] across and below 0. */
function clamp(n: SimNode, width: number) {
	const minX = n.width / 2;
	const maxX = width - n.width / 2;
	n.x = minX > maxX ? width / 2 : Math.min(maxX, Math.max(minX, n.x));
	n.y = Math.max(n.height / 2, n.y);
}

/**
 * How overlapping boxes are pushed apart: along the axis where they overlap
 * least relative to their size (`relative`: wide labels move across too),
 * least in units (`least`), or only up and down (`vertical`), where there is
 * always room, so that the last passes always end without overlaps.
 */
type Separation = 'relative' | 'least' | 'vertical';

function separateBoxes(nodes: SimNode[], gap: number, strength: number, mode: Separation) {
	for (let i = 0; i < nodes.length; i++)
		for (let j = i + 1; j < nodes.length; j++) {
			const a = nodes[i];
			const b = nodes[j];
			const dx = b.x - a.x;
			const dy = b.y - a.y;
			const overlapX = (a.width + b.width) / 2 + gap - Math.abs(dx);
			const overlapY = (a.height + b.height) / 2 + gap - Math.abs(dy);
			if (overlapX <= 0 || overlapY <= 0) continue;
			const acrossFirst =
				mode === 'relative'
					? overlapX / (a.width + b.width) < overlapY / (a.height + b.height)
					: mode === 'least' && overlapX < overlapY;
			// Ties (same coordinate) break by input order, not by chance.
			if (acrossFirst) {
				const shift = (overlapX / 2) * strength * (dx === 0 ? 1 : Math.sign(dx));
				a.x -= shift;
				b.x += shift;
			} else {
				const shift = (overlapY / 2) * strength * (dy === 0 ? 1 : Math.sign(dy));
				a.y -= shift;
				b.y += shift;
			}
		}
}

const overlaps = (nodes: SimNode[], gap: number) =>
	nodes.some((a, i) =>
		nodes
			.slice(i + 1)
			.some(
				(b) =>
					Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap - 0.01 &&
					Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap - 0.01,
			),
	);

/**
 * One group in a box `width` wide, from its top: pulled to the middle of
 * the room its boxes need, linked nodes drawn together, boxes kept apart.
 */
function layoutGroup(
	nodes: readonly LayoutNode[],
	edges: readonly { source: string; target: string }[],
	width: number,
	gap: number,
	ticks: number,
	seed: number,
) {
	const needed = (1.6 * nodes.reduce((sum, n) => sum + (n.width + gap) * (n.height + gap), 0)) / width;
	const centre = { x: width / 2, y: needed / 2 };
	// Start on a flattened sunflower spiral around the centre: deterministic, and spread out.
	const sim: SimNode[] = nodes.map((n, k) => {
		const angle = k * Math.PI * (3 - Math.sqrt(5));
		const radius = 14 * Math.sqrt(k + 0.5);
		return { ...n, x: centre.x + 2 * radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
	});
	const ids = new Set(nodes.map((n) => n.id));
	const links = edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ ...e }));
	forceSimulation<SimNode>(sim)
		.randomSource(seededRandom(seed))
		.force(
			'link',
			forceLink<SimNode, { source: string; target: string }>(links)
				.id((n) => n.id)
				.distance(80)
				.strength(0.05),
		)
		.force('charge', forceManyBody<SimNode>().strength(-30).distanceMax(250))
		.force('x', forceX<SimNode>(centre.x).strength(0.04))
		.force('y', forceY<SimNode>(centre.y).strength(0.08))
		.force('boxes', () => separateBoxes(sim, gap, 0.6, 'relative'))
		.force('frame', () => sim.forEach((n) => clamp(n, width)))
		.stop()
		.tick(ticks);
	// Settle until no two boxes overlap (bounded, so a build can never hang).
	for (let pass = 0; pass < 500 && overlaps(sim, gap); pass++) {
		separateBoxes(sim, gap, 1, pass < 100 ? 'least' : 'vertical');
		sim.forEach((n) => clamp(n, width));
	}
	const top = Math.min(...sim.map((n) => n.y - n.height / 2));
	for (const n of sim) n.y -= top;
	return { nodes: sim, height: Math.max(0, ...sim.map((n) => n.y + n.height / 2)) };
}

/**
 * Lays out `nodes` (in a stable order) with `edges` between node ids: each
 * group on its own, then the groups in a grid, each under its name, rows as
 * tall as their tallest group. Edges only shape the groups they lie in.
 */
export function layoutGraph(
	nodes: readonly LayoutNode[],
	edges: readonly { source: string; target: string }[],
	options: LayoutOptions,
): GraphLayout {
	const { width, columns, groups, groupLabelHeight, gap, ticks = 300, seed = 12 } = options;
	const unknown = nodes.find((n) => !groups.includes(n.group));
	if (unknown)
		throw new Error(`layoutGraph: node "${unknown.id}" is in group "${unknown.group}", which is not among the groups`);
	const cellWidth = width / columns;
	const placed: PlacedNode[] = [];
	const labels: PlacedGroup[] = [];
	let top = 0;
	for (let start = 0; start < groups.length; start += columns) {
		const row = groups.slice(start, start + columns);
		// A short last row is centred.
		const offset = ((columns - row.length) * cellWidth) / 2;
		let rowHeight = 0;
		row.forEach((group, i) => {
			const members = nodes.filter((n) => n.group === group);
			const local = layoutGroup(members, edges, cellWidth - gap, gap, ticks, seed + start + i);
			const left = offset + i * cellWidth + gap / 2;
			for (const n of local.nodes)
				placed.push({
					id: n.id,
					group,
					width: n.width,
					height: n.height,
					x: round1(left + n.x),
					y: round1(top + groupLabelHeight + n.y),
				});
			labels.push({ group, labelX: round1(left + (cellWidth - gap) / 2), labelY: round1(top + groupLabelHeight / 2) });
			rowHeight = Math.max(rowHeight, local.height);
		});
		top += groupLabelHeight + rowHeight + 3 * gap;
	}
	// Nodes in the input's order, whatever the grouping.
	const order = new Map(nodes.map((n, i) => [n.id, i]));
	placed.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
	return { width, height: round1(top - 2 * gap), nodes: placed, groups: labels };
}
