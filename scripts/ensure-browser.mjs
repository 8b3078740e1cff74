#!/usr/bin/env node
// Makes sure a Chromium is available for build-time diagrams and browser
// tests, before `npm start` and `npm test`. On a Debian machine where we
// are root, installs Debian's package; elsewhere says how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BrowserNotFoundError, findBrowser } from '../src/lib/chromium/find-browser.ts';

const tryFind = () => {
	try {
		return findBrowser();
	} catch (error) {
		if (error instanceof BrowserNotFoundError) return error;
		throw error;
	}
};

let result = tryFind();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (result instanceof BrowserNotFoundError && isRoot && existsSync('/usr/bin/apt-get')) {
	console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium)...");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
	result = tryFind();
}
if (result instanceof BrowserNotFoundError) {
	console.error(result.message);
	process.exit(1);
}
console.log(`Chromium: ${result}`);
