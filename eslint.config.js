// ESLint: typescript-eslint's recommended rules for TypeScript and JavaScript,
// the Astro plugin's for components and pages. Formatting is Prettier's job.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', 'dist-base/', '.astro/', 'node_modules/', 'tests/fixtures/', 'tests/.tmp/', 'test-results/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			// A catch binding may be named for the reader even when unused.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
			],
			// Playwright reads its fixtures from a destructured first parameter, even an empty one.
			'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
		},
	},
	{
		// public/theme-init.js runs before first paint on every first visit and carries no comment (see Base.astro):
		// where storage is blocked it does nothing, with an empty catch block rather than a comment saying so.
		files: ['public/theme-init.js'],
		rules: { 'no-empty': ['error', { allowEmptyCatch: true }] },
	},
	{
		// French typography puts a no-break space before « : », inside « » and between thousands: in the words, not the code.
		files: ['src/i18n/**'],
		rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }] },
	},
);
