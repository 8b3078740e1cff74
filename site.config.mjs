// @ts-check
/**
 * Where the site is published: the one place for its public address.
 *
 * - `site`: the scheme and host readers use (canonical links, sitemap,
 *   absolute links in exports). No path: a sub-path goes in `base`.
 * - `base`: the path the site lives under, `/` at the root of the host or
 *   e.g. `/skills/` when it shares a host with other sites.
 *
 * Change the values below for a new home, or override them for one build
 * with the environment variables SITE_URL and SITE_BASE (CI and the base
 * path test do). The build fails, saying why, when either is invalid.
 * A placeholder address (example.org, .invalid, .test, localhost) builds
 * with a warning, and fails with SITE_DEPLOY=1 (`npm run build:deploy`).
 */
import { isLanguage, languages, sourceLanguage } from './src/i18n/languages.ts';

export const publishedAt = {
	site: 'https://skills-for-clusters.example.org',
	base: '/',
};

/** Hosts reserved for examples and tests: fine for a local build, wrong for a deployed one. */
const placeholderHost = /(^|\.)(example\.(org|com|net)|localhost)$|\.(invalid|test|example|localhost)$/;

export class SiteConfigError extends Error {
	/** @override */
	name = 'SiteConfigError';
}

/**
 * The site address and base path of this build, checked.
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string; base: string; placeholder: boolean }}
 */
export function siteSettings(env = process.env) {
	const where = 'site.config.mjs (or SITE_URL / SITE_BASE)';
	const rawSite = env.SITE_URL ?? publishedAt.site;
	const rawBase = env.SITE_BASE ?? publishedAt.base;
	/** @type {URL} */
	let url;
	try {
		url = new URL(rawSite);
	} catch {
		throw new SiteConfigError(
			`${where}: the site address "${rawSite}" is not a URL; write it like https://skills.example.net`,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new SiteConfigError(`${where}: the site address "${rawSite}" must start with https:// (or http://)`);
	}
	if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
		throw new SiteConfigError(
			`${where}: the site address "${rawSite}" must be only scheme and host; put a path in the base (SITE_BASE=${url.pathname.replace(/\/?$/, '/')})`,
		);
	}
	if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(rawBase)) {
		throw new SiteConfigError(
			`${where}: the base path "${rawBase}" must start and end with "/" and hold only path segments, e.g. / or /skills/`,
		);
	}
	const placeholder = placeholderHost.test(url.hostname);
	if (placeholder && env.SITE_DEPLOY === '1') {
		throw new SiteConfigError(
			`${where}: "${url.origin}" is a placeholder address; set the address the site is published at before deploying`,
		);
	}
	return { site: url.origin, base: rawBase, placeholder };
}

/**
 * The edition this build makes: English at the base path, each translation
 * under `<base><language>/` with its own `dist/<language>/`, as one build
 * per language (`SITE_LANGUAGE`, set by scripts/build-editions.ts). An
 * edition is then a whole site under its own path: its URLs, search index,
 * offline copy and service worker scope stay apart from the others'.
 * @param {string} base the site's base path, from `siteSettings`
 * @param {Record<string, string | undefined>} env
 * @returns {{ language: import('./src/i18n/languages.ts').Language; base: string; outDir: string | undefined }}
 */
export function editionSettings(base, env = process.env) {
	const language = env.SITE_LANGUAGE ?? sourceLanguage;
	if (!isLanguage(language)) {
		throw new SiteConfigError(
			`SITE_LANGUAGE: "${language}" is not a language of the site (${languages.join(', ')}); see src/i18n/languages.ts`,
		);
	}
	if (language === sourceLanguage) return { language, base, outDir: undefined };
	return { language, base: `${base}${language}/`, outDir: `./${env.SITE_OUT_ROOT ?? 'dist'}/${language}` };
}
