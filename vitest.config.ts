import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// Fixture builds run the real Astro build; give them time, one file at a time on 2 cores.
		testTimeout: 240_000,
		hookTimeout: 240_000,
		fileParallelism: false,
	},
});
