/**
 * A path of the site without the base path, made of id-like segments: `/`,
 * `/concepts/`, `/concepts/joint-action/`. Apart from `id-pattern.ts`, which
 * browser code imports, so that their bundles do not carry it.
 */
import { idSource } from './id-pattern';

export const sitePathPattern = new RegExp(`^/(?:${idSource}/)*$`);
