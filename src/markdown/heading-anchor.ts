/**
 * Options for rehype-autolink-headings: a "#" link after each heading, so a
 * reader (or a trainer building slides) can copy a link to any section.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';
import { t } from '../i18n/ui';

export const headingAnchor: Options = {
	behavior: 'append',
	test: ['h2', 'h3', 'h4'],
	properties: (heading: Element) => ({
		className: ['heading-anchor'],
		// The "#" is not part of the heading's text: keep it out of search results.
		dataPagefindIgnore: '',
		ariaLabel: t().headingAnchor(toString(heading)),
	}),
	content: { type: 'text', value: '#' },
};
