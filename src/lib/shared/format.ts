/** Norwegian formatting of dates and lists for display, in bokmål or nynorsk. Pure functions, tested in tests/unit. */
import type { Malform } from './malform.ts';

// Making a formatter costs far more than using one, and every page with sources formats dates.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();
const formatter = <F extends Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => F): F =>
  (formatters.get(key) ?? formatters.set(key, make()).get(key)) as F;

const dateFormat = (lang: Malform, withDay: boolean) =>
  formatter(
    `date ${lang} ${withDay}`,
    () =>
      new Intl.DateTimeFormat(lang, {
        ...(withDay ? { day: 'numeric' } : {}),
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );

/** `2012-04-12` → «12. april 2012», `2018-05` → «mai 2018», `2015` → «2015». */
export function formatDate(date: string, lang: Malform = 'nb'): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const at = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return dateFormat(lang, !!day).format(at);
}

/** «a», «a og b», «a, b og c». */
export function formatList(items: string[], lang: Malform = 'nb'): string {
  return formatter(`list ${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(items);
}
