#!/usr/bin/env node
// Adds the pages of the current build (its sitemap) to
// tests/published-urls.txt, the list of addresses that must never break.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtSitemapPaths } from '../src/integration/sitemap.ts';

const listFile = new URL('../tests/published-urls.txt', import.meta.url);
const lines = readFileSync(listFile, 'utf8').split('\n');
const header = lines.filter((l) => l.startsWith('#'));
const known = new Set(lines.filter((l) => l && !l.startsWith('#')));
const before = known.size;
for (const path of builtSitemapPaths(fileURLToPath(new URL('../dist/', import.meta.url)))) known.add(path);
writeFileSync(listFile, [...header, ...[...known].sort()].join('\n') + '\n');
console.log(`published URLs: ${known.size} (${known.size - before} new)`);
