import { z } from 'astro/zod';

/** The three parts of the paper; each edition names them in its strings module (`paper.parts`). */
export const paperParts = ['Front matter', 'Part I', 'Part II'] as const;
export type PaperPart = (typeof paperParts)[number];

/** A section of the paper (`content/paper-sections/<id>.yaml`); the id is the one in the paper's section map. */
export const paperSectionSchema = z
	.object({
		/** The section's heading as the paper words it, e.g. "Definitions". */
		title: z.string().min(2),
		/** Where it sits: "Front matter", "Part I" or "Part II". */
		part: z.enum(paperParts),
		/** The paper's own numbering, e.g. "1", "4a", "5"; absent for unnumbered sections. */
		number: z.string().optional(),
		/** Reading order, 1 = preface. */
		order: z.number().int().min(1),
		/** First and last line in `paper.txt`. */
		lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
		/** Two or three sentences, in the site's own words, on what the section covers. */
		about: z.string().min(20),
		/**
		 * For a section that describes one type of cluster of Table 1: the
		 * features the paper gives for that type, one short sentence each, in
		 * the site's own words (listed on `/taxonomy/`).
		 */
		features: z.array(z.string().min(10)).optional(),
	})
	.strict();
