/** `/selvtest/<test>/moodle.xml`: the test's question bank as Moodle XML (src/lib/site/selftest/lms/moodle-xml.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportTestIds, loadExportTest } from '../../../lib/site/selftest/lms/load.ts';
import { moodleXml } from '../../../lib/site/selftest/lms/moodle-xml.ts';
import { ui } from '../../../lib/site/ui.ts';

export const getStaticPaths = (async () =>
  (await exportTestIds()).map((test) => ({ params: { test } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const xml = moodleXml(await loadExportTest(params.test!), ui(locals).t('handbok.selftest.readRule'));
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
