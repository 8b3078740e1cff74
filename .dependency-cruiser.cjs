/**
 * Which way imports may run. The site's code flows in one direction:
 * schemas → lib and i18n (content queries, drawing, citation, search, …) →
 * markdown and diagrams (what turns content into HTML) → integration (the
 * build hook and its after-build steps) → pages, layouts and components.
 * Browser code (src/client/) sits beside them and uses only lib and i18n.
 * Scripts and tests may use anything; the site's code uses neither.
 * `npm run lint` fails on an import against this direction and on a cycle.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-cycles',
			comment: 'A cycle ties modules together so neither can be read or tested alone.',
			severity: 'error',
			from: {},
			to: { circular: true },
		},
		{
			name: 'schemas-at-the-bottom',
			comment: 'Schemas describe content; they depend on nothing else of the site.',
			severity: 'error',
			from: { path: '^src/schemas/' },
			to: { path: '^src/(?!schemas/)' },
		},
		{
			name: 'lib-below-markdown',
			comment:
				'Plain logic and words (lib, i18n) know nothing of the Markdown pipeline, the build hook, pages or browser code.',
			severity: 'error',
			from: { path: '^src/(lib|i18n)/' },
			to: { path: '^src/(markdown|diagrams|integration|pages|layouts|components|client)/' },
		},
		{
			name: 'markdown-below-integration',
			comment: 'Markdown plugins and the diagram renderer are used by the build hook, not the other way round.',
			severity: 'error',
			from: { path: '^src/(markdown|diagrams)/' },
			to: { path: '^src/(integration|pages|layouts|components|client)/' },
		},
		{
			name: 'integration-below-pages',
			comment: 'The build hook runs over pages; it does not import them.',
			severity: 'error',
			from: { path: '^src/integration/' },
			to: { path: '^src/(pages|layouts|components|client)/' },
		},
		{
			name: 'client-uses-lib-only',
			comment: 'Browser code ships to readers: it may use plain logic and words, never build-time code.',
			severity: 'error',
			from: { path: '^src/client/' },
			to: { path: '^src/(markdown|diagrams|integration|pages|layouts|components)/' },
		},
		{
			name: 'site-code-not-from-scripts-or-tests',
			comment: 'Scripts and tests use the site code; the site code never uses them.',
			severity: 'error',
			from: { path: '^src/' },
			to: { path: '^(scripts|tests)/' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(dist|dist-base|\\.astro|tests/fixtures)/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
	},
};
