/**
 * Finds a Chromium to drive with playwright-core, for build-time diagrams
 * and browser tests. Playwright's own browser download is not possible on
 * every machine, so a system browser comes first.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';

/** Environment variables that may name a browser, checked in this order. */
export const browserEnvVars = ['CHROMIUM_PATH', 'CHROME_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const;
const commandNames = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** Flags for a headless browser on a locked-down machine: no sandbox (root), no GPU, no background traffic. */
export const browserArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];

const isExecutable = (path: string) => {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
};

export class BrowserNotFoundError extends Error {
	override name = 'BrowserNotFoundError';
}

/** The path of a Chromium executable, or a clear error saying how to get one. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
	for (const name of browserEnvVars) {
		const value = env[name];
		if (value) {
			if (isExecutable(value)) return value;
			throw new BrowserNotFoundError(`${name} is set to "${value}", which is not an executable file.`);
		}
	}
	for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
		for (const name of commandNames) {
			const candidate = join(dir, name);
			if (isExecutable(candidate)) return candidate;
		}
	}
	try {
		const bundled = chromium.executablePath();
		if (bundled && isExecutable(bundled)) return bundled;
	} catch {
		// playwright-core knows no browser of its own here; fall through to the error.
	}
	throw new BrowserNotFoundError(
		[
			'No Chromium browser found. Diagrams are drawn at build time and the browser tests run in Chromium.',
			'Install one of:',
			'  - Debian/Ubuntu: apt-get install chromium   (then `chromium` is on the PATH)',
			'  - any Chrome or Chromium, and set CHROMIUM_PATH=/path/to/the/executable',
			"  - Playwright's own: npx playwright install chromium (where downloads are allowed)",
		].join('\n'),
	);
}
