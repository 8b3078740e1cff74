import { defineConfig } from '@playwright/test';
import { browserArgs, findBrowser } from './src/lib/chromium/find-browser';

/** The base path the site is built for in `dist-base/` (`npm run build:base`). */
export const basePath = process.env.SITE_BASE ?? '/skills/';
const port = Number(process.env.E2E_PORT ?? 4322) + 1;

/**
 * A smoke test of the site hosted under a sub-path: the build in
 * `dist-base/`, served at `http://127.0.0.1:<port>/skills/` and nowhere else,
 * so a link or asset that forgets the base path fails.
 */
export default defineConfig({
	testDir: 'tests/e2e-base',
	workers: 1,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	// A shared CI machine can be slow to load search on first use.
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}${basePath}`,
		launchOptions: { executablePath: findBrowser(), args: browserArgs },
		trace: 'off',
	},
	webServer: {
		command: `node scripts/serve-dist.mjs ${port} --dir dist-base --base ${basePath}`,
		url: `http://127.0.0.1:${port}${basePath}`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
