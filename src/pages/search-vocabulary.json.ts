/**
 * The words search can correct misspellings to: titles, aliases and names
 * across the site. A small static file, fetched only when a query word is
 * unknown to the index.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../lib/content';
import { vocabularyOf } from '../lib/spelling';

export const GET: APIRoute = async () => {
	const site = await getSite();
	const phrases = [
		...site.concepts.flatMap((c) => [c.data.title, ...c.data.aliases]),
		...site.cases.map((c) => c.data.title),
		...site.lessons.map((l) => l.data.title),
		...site.recommendations.map((r) => r.data.title),
		...site.organizations.flatMap((o) => [o.data.name, o.data.abbreviation ?? '', ...o.data.aliases]),
		...site.clusters.flatMap((c) => [c.data.name, c.data.place, ...c.data.aliases]),
	];
	return new Response(JSON.stringify(vocabularyOf(phrases)), { headers: { 'Content-Type': 'application/json' } });
};
