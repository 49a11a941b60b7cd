/** `/selvtest/<test>/sporsmal.gift`: the test's question bank as GIFT (src/lib/site/selftest/lms/gift.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportTestIds, loadExportTest } from '../../../lib/site/selftest/lms/load.ts';
import { giftFile } from '../../../lib/site/selftest/lms/gift.ts';
import { ui } from '../../../lib/site/ui.ts';

export const getStaticPaths = (async () =>
  (await exportTestIds()).map((test) => ({ params: { test } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const gift = giftFile(await loadExportTest(params.test!), ui(locals).t('handbok.selftest.readRule'));
  return new Response(gift, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
