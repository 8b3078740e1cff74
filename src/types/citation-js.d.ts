/** The parts of citation-js the build uses (the packages ship no types). */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
		format(format: 'bibtex' | 'ris', options?: { format?: 'text' }): string;
	}
	export const plugins: {
		config: {
			get(name: '@csl'): {
				styles: { add(name: string, xml: string): void; has(name: string): boolean };
				locales: { add(name: string, xml: string): void; has(name: string): boolean };
			};
		};
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
