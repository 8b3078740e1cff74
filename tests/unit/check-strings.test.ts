import { describe, expect, it } from 'vitest';
import { looksLikeProse, scriptFindings, templateFindings } from '../../scripts/check-strings';

describe('the strings check', () => {
	it('names the file and line of a sentence written in a template', () => {
		const template = `---
import Page from '../layouts/Page.astro';
---

<Page title="Where the clusters are">
	<p>Each marker stands for one cluster.</p>
	<nav aria-label="Learning paths"></nav>
</Page>
`;
		expect(templateFindings('src/pages/x.astro', template)).toEqual([
			{ file: 'src/pages/x.astro', line: 5, text: 'Where the clusters are' },
			{ file: 'src/pages/x.astro', line: 6, text: 'Each marker stands for one cluster.' },
			{ file: 'src/pages/x.astro', line: 7, text: 'Learning paths' },
		]);
	});
	it("finds a colon or semicolon after a label, which French sets apart, but not a label's own", () => {
		const template = `---
import { labelled, pathLabels } from '../i18n/labels';
---

<p>{pathLabels.partOf}: <a href="/paths/x/">X</a></p>
<p>{pathLabels.duration} 3 h;{' '}</p>
<p>{labelled(pathLabels.partOf)} <a href="/paths/x/">X</a> (1)</p>
`;
		expect(templateFindings('src/components/x.astro', template)).toEqual([
			{ file: 'src/components/x.astro', line: 5, text: ':' },
		]);
	});
	it('passes a template that takes its words from the strings module', () => {
		const template = `---
import Page from '../layouts/Page.astro';
import { t } from '../i18n/ui';
const words = t().clusterMap;
---

<Page title={words.title} lead={words.lead}>
	<p class="cluster-map-legend">{words.caption}</p>
	<nav aria-label={words.regionLabel}>{' '}</nav>
</Page>
`;
		expect(templateFindings('src/pages/x.astro', template)).toEqual([]);
	});
	it('finds sentences in browser scripts, not selectors, imports or developers’ errors', () => {
		const script = `import { offlineStrings } from '../i18n/ui';
const box = document.querySelector('a.block-anchor, a.heading-anchor');
if (!box) throw new Error('The search worker stopped: its script did not load');
box.textContent = 'Saving the site failed.';
`;
		expect(scriptFindings('src/client/x.ts', script)).toEqual([
			{ file: 'src/client/x.ts', line: 4, text: 'Saving the site failed.' },
		]);
	});
	it('tells prose from code', () => {
		expect(looksLikeProse('Show more results')).toBe(true);
		expect(looksLikeProse('none in the paper.')).toBe(true);
		expect(looksLikeProse('diagram-svg diagram-light')).toBe(false);
		expect(looksLikeProse('(prefers-color-scheme: dark)')).toBe(false);
		expect(looksLikeProse('/search/')).toBe(false);
	});
});
