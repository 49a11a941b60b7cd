/** Splitting a test's question bank over pages for reading without JavaScript. */
import { describe, expect, it } from 'vitest';
import { bankPages, bankPageUrl } from '../../src/lib/site/selftest/bank.ts';
import type { Question } from '../../src/schemas/question.ts';
import type { Rule } from '../../src/schemas/rule.ts';

const rules = new Map(
  ['svartid', 'sletting', 'krise'].map((topic) => [`r-${topic}`, { topics: [topic] } as unknown as Rule]),
);
const question = (id: string, topic: string) => ({ id, rules: [`r-${topic}`] }) as unknown as Question;
const order = ['svartid', 'sletting', 'krise'];
const pool = (n: number) =>
  Array.from({ length: n }, (_, i) => question(`q${String(i).padStart(2, '0')}`, order[(i * 7) % 3]!));

describe('bankPages', () => {
  it('keeps a small bank on one page', () => {
    expect(bankPages(pool(12), rules, order)).toHaveLength(1);
    expect(bankPages([], rules, order)).toEqual([[]]);
  });

  it('splits into as few pages as the limit allows, of even size, losing nothing', () => {
    const pages = bankPages(pool(31), rules, order);
    expect(pages.map((p) => p.length)).toEqual([11, 11, 9]);
    expect(
      pages
        .flat()
        .map((q) => q.id)
        .sort(),
    ).toEqual(
      pool(31)
        .map((q) => q.id)
        .sort(),
    );
    expect(bankPages(pool(21), rules, order).map((p) => p.length)).toEqual([11, 10]);
  });

  it('orders questions by topic, in the vocabulary order', () => {
    const topics = bankPages(pool(20), rules, order, 100)[0]!.map((q) => rules.get(q.rules[0]!)!.topics[0]);
    expect(topics).toEqual([...topics].sort((a, b) => order.indexOf(a!) - order.indexOf(b!)));
  });
});

describe('bankPageUrl', () => {
  it('puts the first page at sporsmal/ and the rest under a number', () => {
    expect(bankPageUrl('alle-ansatte', 1)).toBe('/selvtest/alle-ansatte/sporsmal/');
    expect(bankPageUrl('alle-ansatte', 3)).toBe('/selvtest/alle-ansatte/sporsmal/3/');
  });
});
