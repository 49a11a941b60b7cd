/**
 * The print page (/utskrift/) without the sections of some pages: a check that holds for a set of
 * pages (say, all but KS's own) must hold for those pages' copies on the print page too.
 */

/** Where each printed section starts: a sidebar group, or a page (with its URL), tree or link (src/components/print/PrintPart.astro). */
const SECTION_START = /<section id="[^"]*" class="print-(?:group|part)"(?: data-page="([^"]*)")?>/g;

/** `html` of the print page with the section of every page whose URL matches `leaveOut` cut out. */
export function printPageWithout(html: string, leaveOut: RegExp): string {
  const starts = [...html.matchAll(SECTION_START)].map((m) => ({ at: m.index, page: m[1] }));
  if (starts.length === 0)
    throw new Error('Fant ingen deler på utskriftssiden. Har src/components/print/PrintPart.astro endret seg?');
  const end = html.indexOf('<footer');
  let out = html.slice(0, starts[0]!.at);
  starts.forEach(({ at, page }, i) => {
    if (page === undefined || !leaveOut.test(page)) out += html.slice(at, starts[i + 1]?.at ?? end);
  });
  return out + html.slice(end);
}
