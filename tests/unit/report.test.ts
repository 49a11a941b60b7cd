import { describe, expect, it } from 'vitest';
import { formatReport, type Problem } from '../../src/problems/problem.ts';

const warning = (n: number): Problem => ({ severity: 'warning', file: `side-${n}.mdx`, message: 'Utkast.', fix: 'Skriv teksten.' });
const error: Problem = { file: 'regel.yaml', where: 'source', message: 'Ukjent kilde.', fix: 'Bruk en kilde som finnes.' };

describe('formatReport', () => {
  it('counts warnings in correct bokmål', () => {
    expect(formatReport([warning(1)]).split('\n').at(-1)).toBe('✔ Innholdet er i orden (1 advarsel).');
    expect(formatReport([warning(1), warning(2)]).split('\n').at(-1)).toBe('✔ Innholdet er i orden (2 advarsler).');
    expect(formatReport([]).split('\n').at(-1)).toBe('✔ Innholdet er i orden.');
  });

  it('counts errors and warnings together', () => {
    expect(formatReport([error, warning(1), warning(2)]).split('\n').at(-1)).toBe(
      '1 feil i innholdet og 2 advarsler. Rett feilene over og kjør `npm run check` på nytt.',
    );
  });
});
