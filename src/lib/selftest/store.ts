/**
 * Where the self-test keeps progress: the browser's localStorage, and nowhere else.
 *
 * Key: `handbok:<site>:selvtest:<test id>:<bank version>`. A new version of the question bank gets
 * a new key, so an old round is never resumed against changed questions.
 *
 * Stored JSON (version 1):
 *   { "v": 1,
 *     "round": { "seed": 123, "order": ["q-id", …], "optionOrder": { "q-id": [2, 0, 1] } },
 *     "answers": { "q-id": [0] },          // options chosen, as indices into the question's options
 *     "position": 3,                       // the question being shown
 *     "result": { "correct": 10, "total": 12, "percent": 83, "passed": true, "missed": ["q-id"], "date": "2026-11-21" } }
 *
 * Lifecycle: written after every answer and step; read and validated (zod) on load. A value that
 * fails validation, or a value stored for another bank version, is removed and the test starts afresh
 * with a short notice. Where storage is blocked (private mode, a SecurityError) the store keeps the
 * state in memory and says so. «Slett lagrede svar» removes every key of the test.
 */
import * as z from 'zod/mini';

const RoundSchema = z.object({
  seed: z.number(),
  order: z.array(z.string()),
  optionOrder: z.record(z.string(), z.array(z.number())),
});

export const SavedSchema = z.object({
  v: z.literal(1),
  round: RoundSchema,
  answers: z.record(z.string(), z.array(z.number())),
  position: z.number(),
  result: z.optional(
    z.object({
      correct: z.number(),
      total: z.number(),
      percent: z.number(),
      passed: z.boolean(),
      missed: z.array(z.string()),
      date: z.string(),
    }),
  ),
});

export type Saved = z.infer<typeof SavedSchema>;

/** Why the test starts afresh or will not remember: shown to the user as a short notice. */
export type Notice = 'damaged' | 'changed' | 'blocked';

export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Store {
  /** The saved state, if a valid one was found. */
  initial: Saved | null;
  notice: Notice | null;
  /** False when the browser blocks storage: progress lives only until the page is closed. */
  persistent: boolean;
  save(state: Saved): void;
  clear(): void;
}

export const storageKey = (site: string, testId: string, bankVersion: string) => `handbok:${site}:selvtest:${testId}:${bankVersion}`;

function memoryStore(notice: Notice | null): Store {
  return { initial: null, notice, persistent: false, save() {}, clear() {} };
}

/** `getStorage` may throw (Safari and Chrome do when storage is blocked); that is handled here. */
export function openStore(getStorage: () => KeyValueStorage, site: string, testId: string, bankVersion: string): Store {
  const key = storageKey(site, testId, bankVersion);
  const prefix = key.slice(0, key.length - bankVersion.length);
  let storage: KeyValueStorage;
  try {
    storage = getStorage();
    // Reading is not enough: some browsers allow reads and throw on the first write.
    storage.setItem(`${prefix}probe`, '1');
    storage.removeItem(`${prefix}probe`);
  } catch {
    return memoryStore('blocked');
  }

  const ownKeys = () => Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => !!k?.startsWith(prefix));
  let notice: Notice | null = null;
  let initial: Saved | null = null;
  const raw = storage.getItem(key);
  if (raw !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const result = SavedSchema.safeParse(parsed);
    if (result.success) initial = result.data;
    else {
      storage.removeItem(key);
      notice = 'damaged';
    }
  }
  const stale = ownKeys().filter((k) => k !== key);
  if (stale.length) {
    stale.forEach((k) => storage.removeItem(k));
    if (!initial) notice ??= 'changed';
  }

  return {
    initial,
    notice,
    persistent: true,
    save(state) {
      try {
        storage.setItem(key, JSON.stringify(state));
      } catch {
        // Full or newly blocked: the test goes on in memory.
      }
    },
    clear() {
      ownKeys().forEach((k) => storage.removeItem(k));
    },
  };
}
