/**
 * The launch page of the SCORM package: the self-test element the site uses
 * (src/components/selftest/self-test.ts), marked `data-lms`, with the questions and the interface
 * strings in the page, so nothing is fetched. The script and stylesheet are files beside it in the
 * package. Its Content Security Policy allows scripts, styles and images from the package's own
 * origin only and no requests at all (`connect-src 'none'`), so the package cannot load anything
 * from the site or the internet, whatever a question holds.
 */
import { escapeAttribute, escapeText } from '../../../shared/escape-html.ts';
import { embedJson } from '../../embed-json.ts';
import type { ExportTest } from './export-test.ts';

export const PACKAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; form-action 'none'; base-uri 'none'";

export interface LaunchPageOptions {
  script: string;
  stylesheet: string;
  /** `handbok.selftest.*` without the prefix, as the site's test page sends them. */
  strings: Record<string, string>;
  /** Under the test: where the answers are kept. */
  privacy: string;
  /** Shown until the script runs: where the questions are without JavaScript. */
  noScript: string;
  /** The first page of the test's question bank on the site. */
  bankUrl: string;
}

export function launchPage(test: ExportTest, o: LaunchPageOptions): string {
  const data = {
    test: test.id,
    title: test.title,
    site: test.site,
    municipality: test.municipality,
    bank: test.version,
    count: String(test.questionCount),
    pass: String(test.passMark),
  };
  const attributes = Object.entries(data)
    .map(([k, v]) => ` data-${k}="${escapeAttribute(v)}"`)
    .join('');
  return `<!doctype html>
<html lang="${escapeAttribute(test.lang)}" data-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(PACKAGE_CSP)}">
<title>${escapeText(test.title)}</title>
<link rel="stylesheet" href="${escapeAttribute(o.stylesheet)}">
</head>
<body>
<main>
<h1>${escapeText(test.title)}</h1>
<p>${escapeText(test.description)}</p>
<self-test data-lms${attributes}>
<script type="application/json" data-strings>${embedJson(o.strings)}</script>
<script type="application/json" data-bank>${embedJson(test.quiz)}</script>
<div data-notice></div>
<div class="quiz" data-quiz hidden></div>
<div data-question-bank><p>${escapeText(o.noScript)} <a href="${escapeAttribute(o.bankUrl)}" target="_blank" rel="noopener">${escapeText(o.bankUrl)}</a></p></div>
<p class="quiz-privacy">${escapeText(o.privacy)}</p>
<p class="sr-only" aria-live="polite" data-live></p>
</self-test>
<p class="quiz-source">${escapeText(test.municipality)}. <a href="${escapeAttribute(test.site)}" target="_blank" rel="noopener">${escapeText(test.site)}</a></p>
</main>
<script src="${escapeAttribute(o.script)}"></script>
</body>
</html>
`;
}
