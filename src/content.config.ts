/**
 * The site's collections. All content lives under `content/` at the project root (not Starlight's
 * default `src/content/docs`), so a municipality's writers never need to open `src/`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { PageFieldsSchema } from './schemas/page.ts';
import { RuleSchema } from './schemas/rule.ts';
import { SourceSchema } from './schemas/source.ts';
import { ChartSchema } from './schemas/chart.ts';
import { GlossaryTermSchema } from './schemas/glossary.ts';
import { HandbokStringsSchema } from './schemas/interface-strings.ts';
import { TreeSchema } from './schemas/tree.ts';
import { QuestionSchema, SelfTestSchema } from './schemas/question.ts';
import { handbookLoader, interfaceStringsLoader } from './content-loading/astro-loader.ts';
import { pageGlob, pageId } from './content-loading/page-glob.ts';
import { contentOptions, handbook } from './config/index.ts';

export const collections = {
  docs: defineCollection({
    // Shared pages and the municipality's own pages, less the example guidelines when they are left out.
    loader: glob({ base: '.', pattern: pageGlob(process.cwd(), contentOptions(handbook)), generateId: ({ entry }) => pageId(entry) }),
    schema: docsSchema({ extend: PageFieldsSchema }),
  }),
  i18n: defineCollection({
    loader: interfaceStringsLoader(),
    schema: i18nSchema({ extend: HandbokStringsSchema }),
  }),
  sources: defineCollection({ loader: handbookLoader('sources'), schema: SourceSchema }),
  rules: defineCollection({ loader: handbookLoader('rules'), schema: RuleSchema }),
  charts: defineCollection({ loader: handbookLoader('charts'), schema: ChartSchema }),
  glossary: defineCollection({ loader: handbookLoader('glossary'), schema: GlossaryTermSchema }),
  trees: defineCollection({ loader: handbookLoader('trees'), schema: TreeSchema }),
  questions: defineCollection({ loader: handbookLoader('questions'), schema: QuestionSchema }),
  selfTests: defineCollection({ loader: handbookLoader('selfTests'), schema: SelfTestSchema }),
};
