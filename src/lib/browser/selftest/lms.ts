/**
 * The self-test inside a learning platform (LMS), through the SCORM 1.2 run-time API that the
 * platform puts in a window above the test (an iframe's parent, or the window that opened it).
 *
 * The store keeps the same JSON state as localStorage does (restore.ts), in `cmi.suspend_data`, so a
 * learner who closes the test goes on where they were next time. When a round has a result it also
 * reports `cmi.core.lesson_status` (passed or failed) and `cmi.core.score.raw/min/max` (percent,
 * 0–100); until then the status is `incomplete` and `cmi.core.exit` is `suspend`, which tells the
 * platform to keep the suspend data for the next session.
 */
import type { Saved } from './restore.ts';
import type { Store } from './store.ts';

/** The SCORM 1.2 run-time API, as far as the test uses it. Every value is a string. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
}

interface ApiWindow {
  API?: Scorm12Api;
  parent: ApiWindow | null;
  opener?: ApiWindow | null;
}

/** How many windows up the search goes, as in ADL's reference search (an LMS nests the test a few frames deep at most). */
const MAX_DEPTH = 7;

/** `win.API`, or null when it is missing or the window is another origin's (reading it throws). */
function apiOf(win: ApiWindow): Scorm12Api | null {
  try {
    return win.API ?? null;
  } catch {
    return null;
  }
}

function searchUp(start: ApiWindow): Scorm12Api | null {
  let win = start;
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const api = apiOf(win);
    if (api) return api;
    let parent: ApiWindow | null = null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The LMS's API: searched from this window up through its parents, then from the window that opened it. */
export function findScormApi(win: ApiWindow): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  try {
    return win.opener ? searchUp(win.opener) : null;
  } catch {
    return null;
  }
}

const ok = (value: string) => value === 'true';

/** A duration as SCORM 1.2 writes it (CMITimeSpan): `HH:MM:SS`, hours from two to four digits. */
export function timespan(ms: number): string {
  const seconds = Math.min(Math.floor(ms / 1000), 9999 * 3600 + 3599);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

const FINISHED = ['passed', 'failed'];

/**
 * Reports a finished round, or that the learner is on one. The best result of the attempt stands: a
 * learner who has passed and takes the test again keeps «passed» and the higher score, and a round
 * started after a result does not make the status «incomplete» again.
 */
function report(api: Scorm12Api, state: Saved): boolean {
  const set = (values: [string, string][]) => values.every(([element, value]) => ok(api.LMSSetValue(element, value)));
  const status = api.LMSGetValue('cmi.core.lesson_status');
  const earlier = FINISHED.includes(status);
  const r = state.result;
  if (!r)
    return set(
      earlier
        ? [['cmi.core.exit', 'suspend']]
        : [
            ['cmi.core.lesson_status', 'incomplete'],
            ['cmi.core.exit', 'suspend'],
          ],
    );
  const score = earlier ? Math.max(Number(api.LMSGetValue('cmi.core.score.raw')) || 0, r.percent) : r.percent;
  return set([
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', String(score)],
    ['cmi.core.lesson_status', r.passed || status === 'passed' ? 'passed' : 'failed'],
    ['cmi.core.exit', ''],
  ]);
}

/**
 * A store that keeps the state in the LMS, or null when the LMS will not start a session (then the
 * test falls back to localStorage). `onLeave` is where the page registers closing the session.
 */
export function openLmsStore(api: Scorm12Api, key: string, onLeave: (finish: () => void) => void): Store | null {
  if (!ok(api.LMSInitialize(''))) return null;
  const status = api.LMSGetValue('cmi.core.lesson_status');
  // A first launch is «not attempted»: opening the test is attempting it.
  if (status === 'not attempted' || status === '') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  const read = () => api.LMSGetValue('cmi.suspend_data') || null;
  let finished = false;
  const started = Date.now();
  onLeave(() => {
    if (finished) return;
    finished = true;
    // How long this session lasted: the platform adds it to the learner's total time.
    api.LMSSetValue('cmi.core.session_time', timespan(Date.now() - started));
    api.LMSCommit('');
    api.LMSFinish('');
  });
  return {
    initial: read(),
    notice: null,
    persistent: true,
    key,
    read,
    save(state) {
      // The LMS refuses suspend data over its limit (4096 characters in SCORM 1.2): the test says it was not saved.
      const saved = ok(api.LMSSetValue('cmi.suspend_data', JSON.stringify(state))) && report(api, state);
      return ok(api.LMSCommit('')) && saved;
    },
    clear() {
      api.LMSSetValue('cmi.suspend_data', '');
      api.LMSCommit('');
    },
  };
}
