/**
 * Norwegian formatting of dates, lists and numbers for display, in bokmål or nynorsk. Pure
 * functions, used at build time and in the browser alike, tested in tests/unit.
 *
 * Written out here instead of asking Intl: a browser's locale data decides what Intl gives, and
 * Chromium has no nynorsk (`toLocaleDateString('nn')` gives «December 1, 2026»). Bokmål and
 * nynorsk write dates, lists and numbers the same way (Språkrådet): «1. desember 2026»,
 * «a, b og c», «1 234,5».
 */
import type { Malform } from './malform.ts';

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

/** The words that differ between the målformer; none do yet, but the signature keeps the choice. */
const AND: Record<Malform, string> = { nb: 'og', nn: 'og' };

/** `2012-04-12` → «12. april 2012», `2018-05` → «mai 2018», `2015` → «2015». */
export function formatDate(date: string, _lang: Malform = 'nb'): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1];
  if (!name) throw new Error(`Ugyldig måned i datoen ${date}`);
  return day ? `${Number(day)}. ${name} ${year}` : `${name} ${year}`;
}

/** «a», «a og b», «a, b og c». */
export function formatList(items: string[], lang: Malform = 'nb'): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items.at(-1)}`;
}

/** `1234.5` → «1 234,5»: a no-break space between thousands, a comma before the decimals, «−» for minus (as Intl's nb-NO). */
export function formatNumber(value: number): string {
  const [whole, decimals] = String(Math.abs(value)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, '\u00a0');
  return `${value < 0 ? '−' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}
