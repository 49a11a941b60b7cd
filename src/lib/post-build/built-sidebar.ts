/**
 * Starlight's sidebar in a built page. On a large site it is most of every page, and it is the same
 * on every page but for two marks: `aria-current` on the current page's link, and `open` on the
 * groups that hold it. Neither is a link, an anchor or inline content, so the steps after a build
 * read a sidebar once and compare the others with it (see built-pages.ts).
 */
import { CURRENT_MARK as CURRENT } from '../shared/sidebar-marks.ts';

const SIDEBAR = { start: '<sl-sidebar-state-persist', end: '</sl-sidebar-state-persist>' };
const OPEN_GROUP = '<details open';
const MARKS = / aria-current="page"|(?<=<details) open(?=[ >])/g;

/** A stretch of a page's bytes, from `start` up to (not including) `end`. */
export interface ByteRange {
  start: number;
  end: number;
}

/** Where the sidebar element is in the page's bytes, if it has one that is markup (not text in a script). */
export function sidebarRange(page: Buffer): ByteRange | undefined {
  const start = sidebarStart(page);
  return start === undefined ? undefined : sidebarFrom(page, start);
}

/**
 * Where the sidebar element starts in the page's bytes, if it starts one that is markup; its end is
 * then found by sidebarFrom, or by sameAsKnown without searching for it.
 */
export function sidebarStart(page: Buffer): number | undefined {
  const start = page.indexOf(SIDEBAR.start);
  return start < 0 || inRawText(page, start) ? undefined : start;
}

/** The sidebar that starts at `start` (see sidebarStart), up to its end tag; undefined when it has none. */
export function sidebarFrom(page: Buffer, start: number): ByteRange | undefined {
  const end = page.indexOf(SIDEBAR.end, start);
  return end < 0 ? undefined : { start, end: end + SIDEBAR.end.length };
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
 * A sidebar without its marks (see withoutMarks), as bytes, and where a page's marks may go in it:
 * ` open` just after each `<details`, and ` aria-current="page"` just after the `href` of the
 * current page's link. Made once per distinct sidebar, so a page can be compared with it without
 * searching the page for its marks (sameAsKnown).
 */
export interface KnownSidebar {
  bytes: Buffer;
  /** Offsets in `bytes` just after each `<details`. */
  groups: number[];
  /** A link's `href` as it is in the page (Latin-1, one character per byte) → the offset just after `href="…"`. */
  links: Map<string, number>;
  /**
   * Whether the sidebar's end tag is only at its end, as it is in a sidebar cut out up to its end tag
   * (sidebarFrom): then a page that matches it ends its sidebar where the match ends (sameAsKnown).
   */
  endsOnce: boolean;
}

/** `sidebar`: a sidebar without its marks, read as Latin-1 (one character per byte). */
export function knownSidebar(sidebar: string): KnownSidebar {
  const groups = [...sidebar.matchAll(/<details(?=[ >])/g)].map((m) => m.index + m[0].length);
  const links = new Map<string, number>();
  for (const m of sidebar.matchAll(/<a href="([^"]*)"/g))
    if (!links.has(m[1]!)) links.set(m[1]!, m.index + m[0].length);
  const endsOnce = sidebar.indexOf(SIDEBAR.end) === sidebar.length - SIDEBAR.end.length;
  return { bytes: Buffer.from(sidebar, 'latin1'), groups, links, endsOnce };
}

const OPEN_MARK = Buffer.from(' open', 'latin1');
const CURRENT_MARK = Buffer.from(CURRENT, 'latin1');

/**
 * The page's sidebar, if the one that starts at `start` (sidebarStart) is `known` with, at most,
 * ` open` on some of its groups and ` aria-current="page"` on the link to `href` (the page's own
 * URL, as its links write it). Neither is a link, an anchor or inline content. The page is compared
 * byte for byte where the marks may go, without searching it for them or for the sidebar's end:
 * quicker than sidebarFrom and sameWithoutMarks on a large sidebar. The sidebar then ends where the
 * match ends, as sidebarFrom would find: neither mark holds the end tag, and `known` has it only at
 * its end. A page whose marks are anywhere else is not the same by this test (undefined);
 * sameWithoutMarks then decides.
 */
export function sameAsKnown(page: Buffer, start: number, known: KnownSidebar, href: string): ByteRange | undefined {
  const bytes = known.bytes;
  const end = page.length;
  if (!known.endsOnce || end - start < bytes.length) return undefined;
  const link = known.links.get(Buffer.from(href, 'utf8').toString('latin1'));
  let at = start;
  let from = 0;
  /** Whether the page goes on as `known` up to `to`; then `mark` is skipped if the page has it there. */
  const upTo = (to: number, mark: Buffer) => {
    const stop = at + (to - from);
    if (stop > end || page.compare(bytes, from, to, at, stop) !== 0) return false;
    at = stop;
    from = to;
    const next = at + mark.length;
    if (next <= end && page.compare(mark, 0, mark.length, at, next) === 0) at = next;
    return true;
  };
  // A group's offset is before a space or `>` in `known`, so ` open` is skipped only where MARKS finds it.
  let linkDone = link === undefined;
  for (const group of known.groups) {
    if (!linkDone && link! < group) {
      if (!upTo(link!, CURRENT_MARK)) return undefined;
      linkDone = true;
    }
    if (!upTo(group, OPEN_MARK)) return undefined;
  }
  if (!linkDone && !upTo(link!, CURRENT_MARK)) return undefined;
  const stop = at + (bytes.length - from);
  return stop <= end && page.compare(bytes, from, bytes.length, at, stop) === 0 ? { start, end: stop } : undefined;
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
