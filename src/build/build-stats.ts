/**
 * Counters shared between the pages that write course packages and the
 * build hook that reports them (one object per process, like the diagram
 * renderer), so the build log and `npm run bench` can show what they cost.
 */
export interface TeachingStats {
	cartridges: number;
	cartridgeMs: number;
}

const key = Symbol.for('skills-clusters.teaching-stats');
type GlobalWithStats = typeof globalThis & { [key]?: TeachingStats };

export function teachingStats(): TeachingStats {
	const g = globalThis as GlobalWithStats;
	g[key] ??= { cartridges: 0, cartridgeMs: 0 };
	return g[key];
}
