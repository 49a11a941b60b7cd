/** When a page is due for review: month arithmetic at the month's end, and the interval chosen. */
import { describe, expect, it } from 'vitest';
import { addMonths, reviewDue } from '../../src/lib/shared/review-due.ts';
import { buildDate } from '../../src/config/build-date.ts';

describe('addMonths', () => {
  it.each([
    ['2026-11-21', 12, '2027-11-21'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
  ])('%s plus %i months is %s', (date, months, due) => {
    expect(addMonths(date, months)).toBe(due);
  });
});

describe('reviewDue', () => {
  const review = { lastReviewed: '2026-11-21', owner: 'Redaksjonen' };

  it('is current on the due day and overdue the day after', () => {
    expect(reviewDue(review, { today: '2027-11-21' })).toEqual({
      ...review,
      intervalMonths: 12,
      due: '2027-11-21',
      overdue: false,
    });
    expect(reviewDue(review, { today: '2027-11-22' }).overdue).toBe(true);
  });

  it("takes the page's interval before the site's, and the site's before the default", () => {
    expect(reviewDue({ ...review, intervalMonths: 6 }, { today: '2027-01-01', siteMonths: 3 }).due).toBe('2027-05-21');
    expect(reviewDue(review, { today: '2027-01-01', siteMonths: 3 }).due).toBe('2027-02-21');
  });
});

describe('buildDate', () => {
  it('is the day given in HANDBOK_BUILD_DATE, else today in UTC', () => {
    expect(buildDate({ HANDBOK_BUILD_DATE: '2027-12-01' })).toBe('2027-12-01');
    expect(buildDate({}, new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });

  it('refuses a date that does not exist, saying how to fix it', () => {
    expect(() => buildDate({ HANDBOK_BUILD_DATE: '2027-02-30' })).toThrow(
      'HANDBOK_BUILD_DATE er «2027-02-30», men skal være en dato som ÅÅÅÅ-MM-DD, for eksempel 2027-12-01. Rett verdien, eller fjern variabelen for å bruke dagens dato.',
    );
  });
});
