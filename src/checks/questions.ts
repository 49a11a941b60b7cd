/**
 * The self-test bank: each question has a right answer (exactly one where the type says so), no
 * repeated options, existing rules, and a record of the rule texts it was reviewed against. A rule
 * changed since is a warning that lists the question, so someone re-reads it. Each test must have
 * enough questions to draw from.
 */
import type { Content } from '../content-loading/load.ts';
import { entryWhere } from '../content-loading/load.ts';
import { ruleFingerprint } from '../lib/shared/fingerprint.ts';
import { unknownIdFix } from '../problems/closest.ts';
import type { Problem } from '../problems/problem.ts';

const REVIEW_COMMAND = (id: string) => `npm run sporsmal:gjennomgatt -- ${id}`;

export function checkQuestions(content: Content): Problem[] {
  const problems: Problem[] = [];
  const rules = new Map(content.rules.map((r) => [r.data.id, r.data]));

  for (const entry of content.questions) {
    const q = entry.data;
    const where = (field?: string) => entryWhere(entry, field);
    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 0) {
      problems.push({ file: entry.file, where: where('options'), message: 'Ingen av svarene er merket som riktige.', fix: 'sett correct: true på det riktige svaret.' });
    }
    if (correct > 1 && q.type !== 'multiple') {
      problems.push({
        file: entry.file,
        where: where('options'),
        message: `${correct} svar er merket som riktige, men typen «${q.type}» skal ha nøyaktig ett.`,
        fix: 'merk bare ett svar som riktig, eller bruk type: multiple.',
      });
    }
    if (q.type === 'truefalse' && q.options.length !== 2) {
      problems.push({ file: entry.file, where: where('options'), message: `Sant/usant-spørsmålet har ${q.options.length} svar.`, fix: 'gi det nøyaktig to svar: «Sant» og «Usant».' });
    }
    const seen = new Set<string>();
    q.options.forEach((option, i) => {
      const key = option.text.toLocaleLowerCase('nb');
      if (seen.has(key)) {
        problems.push({ file: entry.file, where: where(`options[${i}]`), message: `Svaret «${option.text}» står to ganger.`, fix: 'skriv svarene slik at de er ulike.' });
      }
      seen.add(key);
    });
    q.rules.forEach((id, i) => {
      const rule = rules.get(id);
      if (!rule) {
        if (!content.invalidIds.has(id)) {
          problems.push({ file: entry.file, where: where(`rules[${i}]`), message: `Regelen «${id}» finnes ikke.`, fix: unknownIdFix(id, rules.keys(), 'content/rules/') });
        }
        return;
      }
      const reviewed = q.reviewed[id];
      if (!reviewed) {
        problems.push({
          file: entry.file,
          where: where(`reviewed.${id}`),
          message: `Det står ikke hvilken tekst av regelen «${id}» spørsmålet er gjennomgått mot.`,
          fix: `les spørsmålet mot regelen og kjør \`${REVIEW_COMMAND(q.id)}\`.`,
        });
      } else if (reviewed !== ruleFingerprint(rule)) {
        problems.push({
          severity: 'warning',
          file: entry.file,
          where: where(`reviewed.${id}`),
          message: `Regelen «${id}» er endret siden spørsmålet ble gjennomgått.`,
          fix: `les spørsmålet mot den nye regelteksten, rett det om nødvendig, og kjør \`${REVIEW_COMMAND(q.id)}\`.`,
        });
      }
    });
    for (const id of Object.keys(q.reviewed)) {
      if (q.rules.includes(id)) continue;
      problems.push({ file: entry.file, where: where(`reviewed.${id}`), message: `«reviewed» nevner regelen «${id}», som spørsmålet ikke tester.`, fix: `fjern ${id} fra reviewed, eller legg den til i rules.` });
    }
  }

  for (const entry of content.selfTests) {
    const test = entry.data;
    const pool = content.questions.filter((q) => q.data.audience.some((a) => test.audience.includes(a)));
    if (pool.length >= test.questionCount) continue;
    problems.push({
      file: entry.file,
      where: entryWhere(entry, 'questionCount'),
      message: `Testen skal trekke ${test.questionCount} spørsmål, men banken har bare ${pool.length} for målgruppen.`,
      fix: 'skriv flere spørsmål for målgruppen, eller senk questionCount.',
    });
  }
  return problems;
}
