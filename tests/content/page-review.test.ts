/**
 * Pages past their review date in the content check: a warning naming the page's file and
 * `review.lastReviewed`, its owner and due date. The day is always passed in (as the build passes
 * its build date), so these tests mean the same whenever they run. Messages are snapshotted.
 */
import { describe, expect, it } from 'vitest';
import { checkWith, original } from './fixture.ts';

const PAGE = 'content/docs/demo.mdx';
// The fixture's page was last reviewed 2026-11-21; with the default 12 months it is due 2027-11-21.
const withInterval = (months: number) => ({
  [PAGE]: original(PAGE).replace('  owner: Redaksjonen\n', `  owner: Redaksjonen\n  intervalMonths: ${months}\n`),
});

describe('overdue pages in the content check', () => {
  it('says nothing on the day a page is due', () => {
    expect(checkWith({}, { today: '2027-11-21' })).toEqual([]);
  });

  it('warns the day after, with the owner, the dates and the fix', () => {
    const problems = checkWith({}, { today: '2027-11-22' }).filter((p) => p.includes(PAGE));
    expect(problems).toEqual([
      `⚠ ${PAGE} › review.lastReviewed: Siden «Demo kommune» skulle vært gjennomgått innen 2027-11-21: sist gjennomgått 2026-11-21, og den skal gjennomgås hver 12. måned. Ansvarlig: Redaksjonen. ` +
        'Slik retter du det: les siden mot kildene, rett det som er utdatert, og sett review.lastReviewed til datoen du gjorde det.',
    ]);
  });

  it('follows the interval the page sets', () => {
    const problems = checkWith(withInterval(6), { today: '2027-05-22' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('innen 2027-05-21');
    expect(problems).toMatchSnapshot();
  });

  it("follows the site's interval where the page sets none", () => {
    expect(checkWith({}, { today: '2027-02-22', reviewMonths: 3 }).filter((p) => p.includes(PAGE))).toEqual([
      expect.stringContaining(
        `⚠ ${PAGE} › review.lastReviewed: Siden «Demo kommune» skulle vært gjennomgått innen 2027-02-21`,
      ),
    ]);
    // The page's own interval wins over the site's.
    expect(
      checkWith(withInterval(24), { today: '2027-02-22', reviewMonths: 3 }).filter((p) => p.includes(PAGE)),
    ).toEqual([]);
  });

  it('says nothing of a page the site leaves out (an example guideline, without the examples and citations of them)', () => {
    expect(checkWith({}, { today: '2027-11-22' }).some((p) => p.includes(PAGE))).toBe(true);
    expect(
      checkWith({}, { today: '2027-11-22', examples: false, withoutOwnRule: 'utelat' }).filter(
        (p) => p.includes(PAGE) && p.includes('review.lastReviewed'),
      ),
    ).toEqual([]);
  });

  it.each([
    { name: 'an interval of zero months', months: 0 },
    { name: 'an interval longer than five years', months: 61 },
  ])('rejects $name, naming the field', ({ months }) => {
    const problems = checkWith(withInterval(months));
    expect(problems.find((p) => p.startsWith(`✖ ${PAGE} › review.intervalMonths:`))).toBeDefined();
    expect(problems).toMatchSnapshot();
  });
});
