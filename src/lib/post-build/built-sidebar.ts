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

/** A stretch of a page's bytes, from `start` up to (not including) `end`. */
export interface ByteRange {
  start: number;
  end: number;
}

/** Where the sidebar element is in the page's bytes, if it has one that is markup (not text in a script). */
export function sidebarRange(page: Buffer): ByteRange | undefined {
  const start = page.indexOf(SIDEBAR.start);
  const end = start < 0 ? -1 : page.indexOf(SIDEBAR.end, start);
  if (end < 0 || inRawText(page, start)) return undefined;
  return { start, end: end + SIDEBAR.end.length };
}

/** A sidebar's text without the marks. */
export const withoutMarks = (sidebar: string) => sidebar.replace(MARKS, '');

/** Where a mark is in a page's bytes, and how many bytes it takes. */
export interface Mark {
  at: number;
  length: number;
}

/** The marks in the page's sidebar, in order: found once per page, whatever it is compared with. */
export function sidebarMarks(page: Buffer, { start, end }: ByteRange): Mark[] {
  const nextMark = markFinder(page, end);
  const marks: Mark[] = [];
  for (let mark = nextMark(start); mark; mark = nextMark(mark.at + mark.length)) marks.push(mark);
  return marks;
}

/**
 * Whether the page's sidebar is `known` (a sidebar without marks, as bytes) once its own marks
 * (sidebarMarks) are left out, compared byte for byte in place: no copy of the page's sidebar is made.
 */
export function sameWithoutMarks(
  page: Buffer,
  range: ByteRange,
  known: Buffer,
  marks: Mark[] = sidebarMarks(page, range),
): boolean {
  let at = range.start;
  let compared = 0;
  for (let i = 0; ; i++) {
    const mark = marks[i];
    const stop = mark?.at ?? range.end;
    const length = stop - at;
    if (compared + length > known.length || page.compare(known, compared, compared + length, at, stop) !== 0)
      return false;
    compared += length;
    if (!mark) return compared === known.length;
    at = mark.at + mark.length;
  }
}

/**
 * Gives the next mark in `page[from, end)`, for `from` that only grows: where it starts and how many
 * bytes to skip. Each kind of mark is searched for again only once the last one found is passed, so
 * the page is not searched to its end for every mark.
 */
function markFinder(page: Buffer, end: number): (from: number) => Mark | undefined {
  const NOT_SEARCHED = -2;
  const NONE = -1;
  const find = (needle: string, from: number) => {
    const at = page.indexOf(needle, from);
    return at < 0 || at + needle.length > end ? NONE : at;
  };
  // Only ` open` directly before a space or `>` is the mark, as in MARKS.
  const isOpenMark = (at: number) => page[at + OPEN_GROUP.length] === 0x20 || page[at + OPEN_GROUP.length] === 0x3e;
  let current = NOT_SEARCHED;
  let open = NOT_SEARCHED;
  return (from) => {
    if (current !== NONE && current < from) current = find(CURRENT, from);
    if (open !== NONE && open < from) {
      open = find(OPEN_GROUP, from);
      while (open !== NONE && !isOpenMark(open)) open = find(OPEN_GROUP, open + 1);
    }
    const openMark = open === NONE ? undefined : { at: open + '<details'.length, length: ' open'.length };
    const currentMark = current === NONE ? undefined : { at: current, length: CURRENT.length };
    if (!openMark || !currentMark) return openMark ?? currentMark;
    return openMark.at < currentMark.at ? openMark : currentMark;
  };
}

/** Whether `at` is inside a script or style element, whose text is not markup. */
function inRawText(page: Buffer, at: number): boolean {
  return ['script', 'style'].some((tag) => page.lastIndexOf(`<${tag}`, at) > page.lastIndexOf(`</${tag}>`, at));
}
