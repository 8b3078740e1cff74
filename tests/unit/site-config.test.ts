import { describe, expect, it } from 'vitest';
import { publishedAt, siteSettings } from '../../site.config.mjs';

describe('the site address and base path', () => {
	it('default to the committed address at the root of the host', () => {
		expect(siteSettings({})).toEqual({
			site: new URL(publishedAt.site).origin,
			base: publishedAt.base,
			placeholder: true,
		});
	});
	it('take SITE_URL and SITE_BASE from the environment', () => {
		expect(siteSettings({ SITE_URL: 'https://skills.ilo-training.net', SITE_BASE: '/skills/' })).toEqual({
			site: 'https://skills.ilo-training.net',
			base: '/skills/',
			placeholder: false,
		});
	});
	it('fail clearly on an empty or invalid address', () => {
		expect(() => siteSettings({ SITE_URL: '' })).toThrow(/site address "" is not a URL/);
		expect(() => siteSettings({ SITE_URL: 'skills.example.net' })).toThrow(/is not a URL/);
		expect(() => siteSettings({ SITE_URL: 'ftp://skills.example.net' })).toThrow(/must start with https:\/\//);
		expect(() => siteSettings({ SITE_URL: 'https://host.net/skills/' })).toThrow(
			/put a path in the base \(SITE_BASE=\/skills\/\)/,
		);
	});
	it('fail clearly on a base path without its slashes', () => {
		expect(() => siteSettings({ SITE_BASE: 'skills' })).toThrow(/base path "skills" must start and end with "\/"/);
		expect(() => siteSettings({ SITE_BASE: '/skills' })).toThrow(/must start and end/);
		expect(() => siteSettings({ SITE_BASE: '' })).toThrow(/must start and end/);
	});
	it('refuse a placeholder address for a deploy build', () => {
		expect(() => siteSettings({ SITE_URL: 'https://skills.example.org', SITE_DEPLOY: '1' })).toThrow(
			/placeholder address/,
		);
		expect(siteSettings({ SITE_URL: 'https://skills.ilo-training.net', SITE_DEPLOY: '1' }).placeholder).toBe(false);
	});
});
