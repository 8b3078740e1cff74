import { z } from 'astro/zod';
import { sitePathPattern } from './site-path';

const addressMessage = (which: 'old' | 'new') =>
	`the ${which} address must be a site path like "/concepts/${which}-id/"`;
const sitePath = (which: 'old' | 'new') =>
	z.string({ error: addressMessage(which) }).regex(sitePathPattern, { message: addressMessage(which) });

/**
 * content/redirects.json: the old addresses of renamed entries. Each key is
 * an address the site once published, each value where that page lives now;
 * both are site paths without the base path. The build writes a redirect
 * page at each old address and a `_redirects` file for hosts that read one.
 */
export const redirectsSchema = z
	.strictObject(
		{
			/** A note for writers, kept in the file; JSON has no comments. */
			$comment: z.string().optional(),
			redirects: z.record(sitePath('old'), sitePath('new'), {
				// Zod reports a bad key as "Invalid key in record": say what a key must be instead.
				error: (issue) => {
					if (issue.code === 'invalid_key') return addressMessage('old');
					if (issue.code === 'invalid_type') return 'expected an object of "/old/path/": "/new/path/" pairs';
					return undefined;
				},
			}),
		},
		{ error: 'expected an object with a "redirects" object of "/old/path/": "/new/path/" pairs' },
	)
	.superRefine(({ redirects }, context) => {
		for (const [from, to] of Object.entries(redirects)) {
			if (from === to) context.addIssue({ code: 'custom', path: ['redirects', from], message: 'redirects to itself' });
		}
	});
