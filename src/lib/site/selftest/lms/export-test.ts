/**
 * One self-test as it leaves the site for a learning platform: the test's settings, who publishes it
 * and which bank version it is, and its pool of questions as the site asks them (placeholders such as
 * `{{svartid}}` already filled in from the config, see src/lib/shared/selftest/site-question.ts), with
 * the rules each tests as full addresses on the published site. The SCORM package, the Moodle XML and
 * the GIFT file are all written from this, so they cannot disagree with each other or with the site.
 */
import type { QuizQuestion } from '../../../browser/selftest/model.ts';
import type { QuestionType } from '../../../browser/selftest/model.ts';

export interface ExportRule {
  id: string;
  /** «Title (source)», as the site's rule links read. */
  title: string;
  /** The rule on the published site, with its anchor. */
  href: string;
}

export interface ExportQuestion {
  id: string;
  type: QuestionType;
  question: string;
  options: { text: string; correct: boolean; feedback: string }[];
  explanation: string;
  rules: ExportRule[];
}

export interface ExportTest {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  passMark: number;
  /** The municipality's full name, from handbok.config.ts. */
  municipality: string;
  /** The bank version (src/lib/site/selftest/bank.ts), as on the site's receipt. */
  version: string;
  /** The published site's address. */
  site: string;
  /** The interface's language: `nb` or `nn`. */
  lang: string;
  questions: ExportQuestion[];
  /** The same questions in the shape the in-page test reads (links as full addresses). */
  quiz: QuizQuestion[];
}
