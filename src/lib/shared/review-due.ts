/**
 * When a page or tree is due for review (the GOV.UK Tech Docs Template's page expiry): its last
 * review plus its interval in months. Pure, so the content check, the pages and the tests agree, and
 * the day to compare with is always passed in (the build date), never read from the clock here.
 */

/** The default review interval, in months, when neither the page nor the config sets one. */
export const DEFAULT_REVIEW_MONTHS = 12;

/** `2026-01-31` plus one month is `2026-02-28`: a day past the month's end falls back to its last day. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export interface ReviewDue {
  lastReviewed: string;
  owner: string;
  /** Months between reviews, from the page, else the site, else the default. */
  intervalMonths: number;
  /** The last day the review is current (YYYY-MM-DD). */
  due: string;
  /** Whether `today` is past `due`. */
  overdue: boolean;
}

export function reviewDue(
  review: { lastReviewed: string; owner: string; intervalMonths?: number },
  { today, siteMonths = DEFAULT_REVIEW_MONTHS }: { today: string; siteMonths?: number },
): ReviewDue {
  const intervalMonths = review.intervalMonths ?? siteMonths;
  const due = addMonths(review.lastReviewed, intervalMonths);
  return { lastReviewed: review.lastReviewed, owner: review.owner, intervalMonths, due, overdue: due < today };
}
