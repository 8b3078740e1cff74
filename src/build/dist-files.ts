/** The HTML pages of a built site, as paths relative to `dist/` (search index folders excluded). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function* htmlFiles(dir: string, base = dir): Generator<string> {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			if (!(dir === base && name.startsWith('pagefind'))) yield* htmlFiles(full, base);
		} else if (name.endsWith('.html')) yield relative(base, full);
	}
}

/** The URL path of a file in `dist/` (`concepts/x/index.html` → `/concepts/x/`). */
export function urlPathOf(fileInDist: string): string {
	const posix = fileInDist.split(sep).join('/');
	if (posix === 'index.html') return '/';
	if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
	return `/${posix}`;
}
