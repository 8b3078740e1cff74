import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema } from './schemas/case-study';
import { clusterSchema } from './schemas/cluster';
import { conceptSchema } from './schemas/concept';
import { lessonSchema } from './schemas/lesson';
import { pathSchema } from './schemas/path';
import { organizationSchema } from './schemas/organization';
import { paperSectionSchema } from './schemas/paper-section';
import { recommendationSchema } from './schemas/recommendation';
import { sourceSchema } from './schemas/source';

/**
 * One entry per file, flat folders: the file name is the id, so an id can
 * only exist once per collection (a second file with the same name but
 * another extension is reported as a duplicate by the build).
 */
const entries = (folder: string) => glob({ pattern: '*.{md,mdx}', base: `./content/${folder}` });
const records = (folder: string) => glob({ pattern: '*.{yaml,yml,json}', base: `./content/${folder}` });

export const collections = {
	concepts: defineCollection({ loader: entries('concepts'), schema: conceptSchema }),
	cases: defineCollection({ loader: entries('cases'), schema: caseSchema }),
	lessons: defineCollection({ loader: entries('lessons'), schema: lessonSchema }),
	recommendations: defineCollection({ loader: entries('recommendations'), schema: recommendationSchema }),
	paths: defineCollection({ loader: entries('paths'), schema: pathSchema }),
	paperSections: defineCollection({ loader: records('paper-sections'), schema: paperSectionSchema }),
	sources: defineCollection({ loader: records('sources'), schema: sourceSchema }),
	organizations: defineCollection({ loader: records('organizations'), schema: organizationSchema }),
	clusters: defineCollection({ loader: records('clusters'), schema: clusterSchema }),
};
