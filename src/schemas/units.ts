/**
 * The four kinds of unit a trainer links to and the paper's content is cut
 * into: concepts, case studies, lessons and recommendations. Each is a
 * collection whose name is also its folder under `content/` and the first
 * segment of its pages' addresses (`/concepts/joint-action/`), as the
 * collection registry (`src/lib/content/collections.ts`) states and a unit
 * test checks. Learning paths are made of units; paragraph anchors are
 * published on unit pages.
 */
import { idSource } from './id-pattern.ts';

export const unitCollections = ['concepts', 'cases', 'lessons', 'recommendations'] as const;
export type UnitCollection = (typeof unitCollections)[number];

const unitAlternatives = unitCollections.join('|');

/** A reference to a unit from a path: `concepts:joint-action`. */
export const unitRefPattern = new RegExp(`^(${unitAlternatives}):(${idSource})$`);

/** The address of a unit's page: `/concepts/joint-action/`, capturing the collection and the id. */
export const unitPagePattern = new RegExp(`^/(${unitAlternatives})/(${idSource})/$`);

/** A unit's source file: `content/concepts/joint-action.mdx`, capturing the collection and the id. */
export const unitSourcePattern = new RegExp(`^content/(${unitAlternatives})/(${idSource})\\.mdx?$`);

/** A paragraph anchor on a unit's page: `/concepts/joint-action/#p-...`. */
export const unitAnchorPattern = new RegExp(`^/(?:${unitAlternatives})/${idSource}/#[A-Za-z0-9_-]+$`);
