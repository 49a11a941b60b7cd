/**
 * The site's collections. A site's src/content.config.ts is one line that re-exports these
 * (`export { collections } from 'handbok-sosiale-medier/collections'`): the shared pages come from the
 * package, the site's own from its lokalt/sider/, and both are read as the content check reads them.
 */
import { defineCollection } from 'astro:content';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { PageFieldsSchema } from '../schemas/page.ts';
import { RuleSchema } from '../schemas/rule.ts';
import { SourceSchema } from '../schemas/source.ts';
import { ChartSchema } from '../schemas/chart.ts';
import { GlossaryTermSchema } from '../schemas/glossary.ts';
import { HandbokStringsSchema } from '../schemas/interface-strings.ts';
import { TreeSchema } from '../schemas/tree.ts';
import { QuestionSchema, SelfTestSchema } from '../schemas/question.ts';
import { ReplyTemplateSchema } from '../schemas/reply-template.ts';
import { handbookLoader, interfaceStringsLoader } from './astro-loader.ts';
import { docsLoader } from './docs-loader.ts';
import { builtOnceForStarlightPages } from './starlight-page-schema.ts';
import { contentOptions, handbook, siteRoot } from '../config/index.ts';

export const collections = {
  docs: defineCollection({
    // Shared pages and the municipality's own pages, less the example guidelines when they are left out.
    loader: docsLoader(siteRoot, contentOptions(handbook)),
    // Built once for the tree steps and self-test pages, which <StarlightPage> renders (see the module).
    schema: builtOnceForStarlightPages(docsSchema({ extend: PageFieldsSchema })),
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
  replyTemplates: defineCollection({ loader: handbookLoader('replyTemplates'), schema: ReplyTemplateSchema }),
};
