/** Norwegian formatting of dates and lists for display. Pure functions, tested in tests/unit. */
const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** `2012-04-12` → «12. april 2012», `2018-05` → «mai 2018», `2015` → «2015». */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)}. ${monthName} ${year}` : `${monthName} ${year}`;
}

/** «a», «a og b», «a, b og c». */
export function formatList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}
