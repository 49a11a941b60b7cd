/**
 * `/selvtest/<test>/scorm.zip`: the self-test as a SCORM 1.2 package for a learning platform, built
 * with the site. Inside: the launch page with the questions in it (src/lib/site/selftest/lms/launch-page.ts),
 * the self-test's script and stylesheet, and `imsmanifest.xml`. Nothing in it loads from the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import selfTestScript from 'virtual:handbok/selftest-script';
import packageCss from '../../../styles/lms-package.css?raw';
import selfTestCss from '../../../styles/selftest.css?raw';
import { handbook } from '../../../config/index.ts';
import { themeCss } from '../../../lib/shared/contrast.ts';
import { exportTestIds, loadExportTest } from '../../../lib/site/selftest/lms/load.ts';
import { launchPage } from '../../../lib/site/selftest/lms/launch-page.ts';
import { manifest } from '../../../lib/site/selftest/lms/manifest.ts';
import { zip } from '../../../lib/site/selftest/lms/zip.ts';
import { bankPageUrl } from '../../../lib/site/selftest/bank.ts';
import { absoluteUrl } from '../../../lib/site/urls.ts';
import { clientStrings, ui } from '../../../lib/site/ui.ts';

export const getStaticPaths = (async () =>
  (await exportTestIds()).map((test) => ({ params: { test } }))) satisfies GetStaticPaths;

const LAUNCH = 'index.html';
const SCRIPT = 'selvtest.js';
const STYLESHEET = 'selvtest.css';

export const GET: APIRoute = async ({ params, locals }) => {
  const test = await loadExportTest(params.test!);
  const { t } = ui(locals);
  const files = {
    [LAUNCH]: launchPage(test, {
      script: SCRIPT,
      stylesheet: STYLESHEET,
      strings: clientStrings(locals, 'handbok.selftest.'),
      privacy: t('handbok.lms.packagePrivacy'),
      noScript: t('handbok.lms.packageNoScript'),
      bankUrl: absoluteUrl(bankPageUrl(test.id, 1)),
    }),
    [SCRIPT]: selfTestScript,
    [STYLESHEET]: `${packageCss}\n${themeCss(handbook.farger)}\n${selfTestCss}`,
  };
  const names = Object.keys(files);
  const entries = [
    { name: 'imsmanifest.xml', data: manifest(test, LAUNCH, names) },
    ...Object.entries(files).map(([name, data]) => ({ name, data })),
  ];
  return new Response(new Uint8Array(zip(entries)), { headers: { 'content-type': 'application/zip' } });
};
