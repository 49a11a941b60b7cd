/**
 * Starlight's sidebar in a built page. On a large site it is most of every page, and it is the same
 * on every page but for two marks: `aria-current` on the current page's link, and `open` on the
 * groups that hold it. Neither is a link, an anchor or inline content, so the steps after a build
 * read a sidebar once and compare the others with it (see built-pages.ts).
 */
const SIDEBAR = { start: '<sl-sidebar-state-persist', end: '</sl-sidebar-state-persist>' };
const CURRENT = ' aria-current="page"';
const OPEN_GROUP = '<details open';
const MARKS = / aria-current="page"|(?<=<details) open(?=[ >])/g;

/** Where the sidebar element is in the page's bytes, if it has one that is markup (not text in a script). */
export function sidebarRange(page: Buffer): { start: number; end: number } | undefined {
  const start = page.indexOf(SIDEBAR.start);
  const end = start < 0 ? -1 : page.indexOf(SIDEBAR.end, start);
  if (end < 0 || inRawText(page, start)) return undefined;
  return { start, end: end + SIDEBAR.end.length };
}

/** A sidebar's text without the marks. */
export const withoutMarks = (sidebar: string) => sidebar.replace(MARKS, '');

/**
 * Whether the page's sidebar is `known` (a sidebar without marks, as bytes) once its own marks are
 * left out, compared byte for byte in place: no copy of the page's sidebar is made.
 */
export function sameWithoutMarks(page: Buffer, { start, end }: { start: number; end: number }, known: Buffer): boolean {
  let at = start;
  let compared = 0;
  for (;;) {
    const mark = nextMark(page, at, end);
    const stop = mark?.at ?? end;
    const length = stop - at;
    if (compared + length > known.length || page.compare(known, compared, compared + length, at, stop) !== 0)
      return false;
    compared += length;
    if (!mark) return compared === known.length;
    at = mark.at + mark.length;
  }
}

/** The next mark in `page[from, end)`: where it starts and how many bytes to skip. */
function nextMark(page: Buffer, from: number, end: number): { at: number; length: number } | undefined {
  const current = page.indexOf(CURRENT, from);
  let open = page.indexOf(OPEN_GROUP, from);
  // Only ` open` directly before a space or `>` is the mark, as in MARKS.
  const after = (at: number) => page[at + OPEN_GROUP.length];
  while (open >= 0 && open < end && after(open) !== 0x20 && after(open) !== 0x3e)
    open = page.indexOf(OPEN_GROUP, open + 1);
  const marks = [
    ...(current >= 0 && current + CURRENT.length <= end ? [{ at: current, length: CURRENT.length }] : []),
    ...(open >= 0 && open + OPEN_GROUP.length <= end ? [{ at: open + '<details'.length, length: ' open'.length }] : []),
  ];
  return marks.sort((a, b) => a.at - b.at)[0];
}

/** Whether `at` is inside a script or style element, whose text is not markup. */
function inRawText(page: Buffer, at: number): boolean {
  return ['script', 'style'].some((tag) => page.lastIndexOf(`<${tag}`, at) > page.lastIndexOf(`</${tag}>`, at));
}
