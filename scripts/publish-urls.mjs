#!/usr/bin/env node
// Adds the pages of the current build (dist/sitemap-0.xml) to
// tests/published-urls.txt, the list of addresses that must never break.
import { readFileSync, writeFileSync } from 'node:fs';

const listFile = new URL('../tests/published-urls.txt', import.meta.url);
const sitemap = readFileSync(new URL('../dist/sitemap-0.xml', import.meta.url), 'utf8');
const lines = readFileSync(listFile, 'utf8').split('\n');
const header = lines.filter((l) => l.startsWith('#'));
const known = new Set(lines.filter((l) => l && !l.startsWith('#')));
const before = known.size;
for (const m of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) known.add(new URL(m[1]).pathname);
writeFileSync(listFile, [...header, ...[...known].sort()].join('\n') + '\n');
console.log(`published URLs: ${known.size} (${known.size - before} new)`);
