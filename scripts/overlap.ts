#!/usr/bin/env node
// Prose copied word for word from the paper: the workplace's overlap check
// must report 0 runs (it exits non-zero otherwise).
import { requireSharedTool, runSharedTool } from './lib/shared-tool.ts';

const tool = requireSharedTool('overlap-check.mjs');
const { output, status } = runSharedTool(tool, ['content', 'src']);
process.stdout.write(output);
process.exit(status);
