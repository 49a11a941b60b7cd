/**
 * Where the self-test keeps progress: the browser's localStorage, and nowhere else.
 *
 * Key: `handbok:<site>:selvtest:<test id>:<bank version>`. A new version of the question bank gets
 * a new key, so an old round is never resumed against changed questions. The value is the state's
 * JSON text, as described in restore.ts; this module only reads and writes it.
 *
 * Lifecycle: written after every answer and step; read on load and checked against the bank by
 * restore() (restore.ts), which keeps what is still valid. Values stored for another bank version are
 * removed, with a short notice. Where storage is blocked (private mode, a SecurityError) the store
 * keeps the state in memory and says so; a write that fails later (storage full) returns false, so
 * the test can say so too. Another tab on the same test writes the same key: the test listens for
 * the `storage` event and reads it again with read(). «Slett lagrede svar» removes every key of the test.
 */
import type { Saved } from './restore.ts';

/** Why the test starts afresh or will not remember: shown to the user as a short notice. */
export type Notice = 'changed' | 'blocked';

export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Store {
  /** The stored JSON text found on opening, unchecked: restore() checks it. */
  initial: string | null;
  notice: Notice | null;
  /** False when the browser blocks storage: progress lives only until the page is closed. */
  persistent: boolean;
  /** The key the state is stored under; a `storage` event for it means another tab wrote it. */
  key: string;
  /** The JSON text stored now, which another tab may have written. */
  read(): string | null;
  /** False when the write failed (storage full, or newly blocked): the state then lives only in memory. */
  save(state: Saved): boolean;
  clear(): void;
}

export const storageKey = (site: string, testId: string, bankVersion: string) =>
  `handbok:${site}:selvtest:${testId}:${bankVersion}`;

function memoryStore(key: string): Store {
  return { initial: null, notice: 'blocked', persistent: false, key, read: () => null, save: () => true, clear() {} };
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
    return memoryStore(key);
  }

  const ownKeys = () =>
    Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
      (k): k is string => !!k?.startsWith(prefix),
    );
  const read = () => storage.getItem(key);
  const initial = read();
  const stale = ownKeys().filter((k) => k !== key);
  stale.forEach((k) => storage.removeItem(k));
  const notice: Notice | null = stale.length && initial === null ? 'changed' : null;

  return {
    initial,
    notice,
    persistent: true,
    key,
    read,
    save(state) {
      try {
        storage.setItem(key, JSON.stringify(state));
        return true;
      } catch {
        // Full or newly blocked: the test goes on in memory, and tells the reader.
        return false;
      }
    },
    clear() {
      ownKeys().forEach((k) => storage.removeItem(k));
    },
  };
}
