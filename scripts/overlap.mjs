#!/usr/bin/env node
// Runs the workplace's overlap check (prose copied word for word from the
// paper) when the shared folder is beside the repository, as on the team's
// machines and CI; says so and passes where it is not.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tool = new URL('../../shared/tools/overlap-check.mjs', import.meta.url);
if (!existsSync(tool)) {
	console.log('overlap check: ../shared/tools/overlap-check.mjs not found beside the repository; skipped.');
	process.exit(0);
}
const result = spawnSync(process.execPath, [tool.pathname, 'content', 'src'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
