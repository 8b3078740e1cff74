import { defineConfig } from 'vitest/config';

/** Gates over the built site: run after `astro build` (see the `test` script). */
export default defineConfig({
	test: {
		include: ['tests/dist/**/*.test.ts'],
		testTimeout: 240_000,
		fileParallelism: false,
		// One module graph for all the gates, so that dist/ is read and parsed once (tests/helpers/dist.ts).
		isolate: false,
	},
});
