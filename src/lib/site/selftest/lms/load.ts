/** A self-test as exports need it (export-test.ts), read from the site's data once per build. */
import { handbook } from '../../../../config/index.ts';
import { interfaceLang } from '../../../shared/malform.ts';
import { getSiteData } from '../../site-data.ts';
import { absoluteUrl } from '../../urls.ts';
import { bankVersion, poolFor } from '../bank.ts';
import { ruleLinks, toQuizQuestion } from '../quiz-data.ts';
import type { ExportTest } from './export-test.ts';

/** A link on this site as a full address, so it works from inside a learning platform. */
const absolute = (href: string) => new URL(href, handbook.nettsted.url).href;

export async function loadExportTest(testId: string): Promise<ExportTest> {
  const data = await getSiteData();
  const test = data.selfTests.find((t) => t.id === testId);
  if (!test) throw new Error(`Selvtesten «${testId}» finnes ikke i content/selvtester.yaml.`);
  const pool = poolFor(test, data.questions);
  return {
    id: test.id,
    title: test.title,
    description: test.description,
    questionCount: test.questionCount,
    passMark: test.passMark,
    municipality: handbook.kommune.navn,
    version: bankVersion(data.questions),
    site: absoluteUrl('/'),
    lang: interfaceLang(handbook),
    questions: pool.map((q) => {
      const links = ruleLinks(q, data);
      return {
        id: q.id,
        type: q.type,
        question: q.question,
        options: q.options.map(({ text, correct, feedback }) => ({ text, correct, feedback })),
        explanation: q.explanation,
        rules: data.cite(q.rules).map((id, i) => ({ id, title: links[i]![0], href: absolute(links[i]![1]) })),
      };
    }),
    quiz: pool.map((q) => {
      const quiz = toQuizQuestion(q, data);
      return { ...quiz, rules: quiz.rules.map(([title, href]): [string, string] => [title, absolute(href)]) };
    }),
  };
}

/** The ids of every self-test, for the export routes' paths. */
export async function exportTestIds(): Promise<string[]> {
  return (await getSiteData()).selfTests.map((t) => t.id);
}
