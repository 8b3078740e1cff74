import { defineConfig } from '@playwright/test';
import { browserArgs, findBrowser } from './src/lib/chromium/find-browser';

const port = Number(process.env.E2E_PORT ?? 4322);

/**
 * Browser tests run against the built site (`dist/`, built by `npm test`
 * before this runs), served by `scripts/serve-dist.mjs` (the files as a static host
 * serves them), in a system Chromium.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: findBrowser(), args: browserArgs },
		trace: 'off',
	},
	webServer: {
		command: `node scripts/serve-dist.mjs ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
