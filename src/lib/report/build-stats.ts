/**
 * What the build measures about itself, shared between the code that does
 * the work (pages, components) and the build hook that reports it: one
 * object per process (like the diagram renderer), so that the build log
 * and `npm run bench` can show what each part costs.
 */
export interface TeachingStats {
	cartridges: number;
	cartridgeMs: number;
}

/** Time spent drawing one kind of picture at build time (the maps and charts), and how many were drawn. */
export interface DrawingTime {
	count: number;
	ms: number;
}

interface BuildStats {
	teaching: TeachingStats;
	drawings: Map<string, DrawingTime>;
}

const key = Symbol.for('skills-clusters.build-stats');
type GlobalWithStats = typeof globalThis & { [key]?: BuildStats };

function stats(): BuildStats {
	const g = globalThis as GlobalWithStats;
	g[key] ??= { teaching: { cartridges: 0, cartridgeMs: 0 }, drawings: new Map() };
	return g[key];
}

export const teachingStats = (): TeachingStats => stats().teaching;

/** Runs `draw` and adds its time to the pictures of that kind (e.g. "concept map"). */
export function timedDrawing<T>(kind: string, draw: () => T): T {
	const start = performance.now();
	try {
		return draw();
	} finally {
		const time = stats().drawings.get(kind) ?? { count: 0, ms: 0 };
		stats().drawings.set(kind, { count: time.count + 1, ms: time.ms + performance.now() - start });
	}
}

/** The drawing times so far, by kind, in the order the kinds were first drawn. */
export const drawingTimes = (): ReadonlyMap<string, DrawingTime> => stats().drawings;
