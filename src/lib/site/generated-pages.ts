/** Titles of the pages made from data that a change may name, as their own pages title them. */
import { handbook } from '../../config/index.ts';
import { PRINT_PAGE } from '../shared/print/url.ts';
import { TREE_BASE } from '../shared/trees.ts';
import { REPLIES_PAGE } from '../shared/reply-template.ts';

type Translate = (key: string, values?: Record<string, string | number>) => string;

export const generatedPageTitles = (t: Translate): Record<string, string> => ({
  '/selvtest/': t('handbok.selftests.title'),
  [TREE_BASE]: t('handbok.trees.title'),
  [PRINT_PAGE]: t('handbok.print.title', { municipality: handbook.kommune.navn }),
  '/tilgjengelighet/': t('handbok.footer.accessibility'),
  [REPLIES_PAGE]: t('handbok.replies.title'),
});
