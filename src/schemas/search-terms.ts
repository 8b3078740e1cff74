import { z } from 'astro/zod';

/**
 * Words a page answers to in search but never shows as its own: its page
 * carries them as tags that quick find reads at build time
 * (src/integration/quick-index.ts), cut from the page once read. Each schema
 * says, on its field, what goes there rather than in a shown name.
 */
export const searchTerms = z.array(z.string().min(2)).default([]);
