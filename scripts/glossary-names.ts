#!/usr/bin/env node
// Every glossary entry's full name is the paper's, or is marked as the site's (scripts/lib/glossary-names.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { folderOf } from '../src/lib/content/collections.ts';
import { glossaryNameProblems, type GlossaryName } from './lib/glossary-names.ts';
import { requireSharedFile } from './lib/shared-tool.ts';

const paper = readFileSync(requireSharedFile('paper/paper.txt'), 'utf8');
const folder = join('content', folderOf('organizations'));
const entries = readdirSync(folder)
	.filter((file) => file.endsWith('.yaml'))
	.map((file): GlossaryName => {
		const { name, nameInPaper } = load(readFileSync(join(folder, file), 'utf8')) as Omit<GlossaryName, 'id'>;
		return { id: file.replace(/\.yaml$/, ''), name, nameInPaper };
	});
const problems = glossaryNameProblems(entries, paper);
for (const { id, problem } of problems) console.error(`${join(folder, `${id}.yaml`)}: ${problem}`);
console.log(`glossary names: ${entries.length} entries, ${problems.length} problem(s)`);
process.exitCode = problems.length > 0 ? 1 : 0;
