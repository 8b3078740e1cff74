/**
 * One built page of each layout and component: the sample that checks too
 * slow for every page of the sitemap run on (axe's full rule set in
 * quality.spec.ts, touch-target sizes in target-size.spec.ts).
 */
export const samplePages = [
	'/',
	'/concepts/',
	'/concepts/absorptive-capacity/',
	'/cases/',
	'/cases/sialkot/',
	'/lessons/',
	'/lessons/ludhiana-diverse-markets/',
	'/recommendations/',
	'/recommendations/gradual-cooperation/',
	'/taxonomy/',
	'/paper/',
	'/references/',
	'/glossary/',
	'/glossary/sima/',
	'/paths/',
	'/map/',
	'/charts/',
	'/search/',
	'/for-trainers/',
];
