/**
 * `/selvtest/<test>/sporsmal.json`: the questions a test draws from, for the in-page test
 * (src/components/selftest/self-test.ts). The bank pages show the same questions as HTML.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../lib/site/site-data.ts';
import { poolFor } from '../../../lib/site/selftest/bank.ts';
import { toQuizQuestion } from '../../../lib/site/selftest/quiz-data.ts';

export const getStaticPaths = (async () => {
  const { selfTests } = await getSiteData();
  return selfTests.map((test) => ({ params: { test: test.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await getSiteData();
  const test = data.selfTests.find((t) => t.id === params.test)!;
  return new Response(JSON.stringify(poolFor(test, data.questions).map((q) => toQuizQuestion(q, data))), {
    headers: { 'content-type': 'application/json' },
  });
};
