/**
 * The previews shown when a reader points at or focuses a link to a concept,
 * a case study or a glossary entry: the target's title and one sentence.
 * Computed once at build time into one small JSON file, keyed by the
 * target's URL path, so a hover never waits on a request of its own.
 */
import { collectionLabel } from '../../i18n/labels';
import { organizationTitle } from './organization';
import { entryUrl, glossaryUrl, pageUrl } from '../site/urls';

export interface LinkPreview {
	/** What kind of page it is ("Concept", "Case study", "Glossary"). */
	kind: string;
	title: string;
	/** One sentence. */
	summary: string;
}

/** The folders of the pages that have a preview (concepts, case studies, glossary entries), as URL paths. */
export const previewedFolders = (): string[] => [pageUrl('concepts'), pageUrl('cases'), pageUrl('glossary')];

/** The first sentence of a text (up to the first full stop followed by a space and a capital), or the text. */
export function firstSentence(text: string): string {
	const match = /^.*?[.!?](?=\s+\p{Lu})/su.exec(text.trim());
	return (match?.[0] ?? text).trim();
}

interface Titled {
	id: string;
	data: { title: string; summary: string };
}
interface GlossaryEntry {
	id: string;
	data: { abbreviation?: string; name: string; description: string };
}

/** The preview of every concept, case study and glossary entry, by URL path. */
export function linkPreviews(input: { concepts: Titled[]; cases: Titled[]; organizations: GlossaryEntry[] }): Record<string, LinkPreview> {
	const previews: Record<string, LinkPreview> = {};
	for (const c of input.concepts) {
		previews[entryUrl('concepts', c.id)] = { kind: collectionLabel.concepts.one, title: c.data.title, summary: firstSentence(c.data.summary) };
	}
	for (const c of input.cases) {
		previews[entryUrl('cases', c.id)] = { kind: collectionLabel.cases.one, title: c.data.title, summary: firstSentence(c.data.summary) };
	}
	for (const o of input.organizations) {
		previews[glossaryUrl(o.id)] = { kind: glossaryKindLabel, title: organizationTitle(o.data), summary: firstSentence(o.data.description) };
	}
	return previews;
}

/** The kind shown on the preview of a glossary entry. */
export const glossaryKindLabel = 'Glossary';
