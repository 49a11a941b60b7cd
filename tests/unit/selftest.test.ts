/** The self-test's pure parts: drawing, scoring each question type, and the store's edge cases. */
import { describe, expect, it } from 'vitest';
import { drawRound } from '../../src/lib/selftest/draw.ts';
import { isCorrect, scoreRound } from '../../src/lib/selftest/score.ts';
import { openStore, storageKey, type KeyValueStorage, type Saved } from '../../src/lib/selftest/store.ts';
import type { QuizQuestion } from '../../src/lib/selftest/model.ts';

const q = (id: string, topic: string, type: QuizQuestion['type'] = 'single', right: number[] = [0], n = 3): QuizQuestion => ({
  id,
  type,
  topic,
  question: id,
  options: Array.from({ length: n }, (_, i) => ({ text: `${id}-${i}`, correct: right.includes(i), feedback: 'f' })),
  explanation: 'e',
  rules: [['Regel', '/r/#x']],
});

const bank = ['svartid', 'sletting', 'krise', 'taushetsplikt'].flatMap((topic) => Array.from({ length: 5 }, (_, i) => q(`${topic}-${i}`, topic)));

describe('drawRound', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(drawRound(bank, 8, 42)).toEqual(drawRound(bank, 8, 42));
    expect(drawRound(bank, 8, 42).order).not.toEqual(drawRound(bank, 8, 43).order);
  });

  it('draws N distinct questions spread evenly over the topics', () => {
    for (const seed of [1, 2, 3, 99, 12345]) {
      const round = drawRound(bank, 8, seed);
      expect(new Set(round.order).size).toBe(8);
      const perTopic = new Map<string, number>();
      for (const id of round.order) perTopic.set(id.split('-')[0]!, (perTopic.get(id.split('-')[0]!) ?? 0) + 1);
      expect([...perTopic.values()]).toEqual([2, 2, 2, 2]);
    }
  });

  it('covers every topic when there is room, and takes all questions when N is larger than the bank', () => {
    expect(new Set(drawRound(bank, 4, 7).order.map((id) => id.split('-')[0])).size).toBe(4);
    expect(drawRound(bank, 100, 7).order).toHaveLength(bank.length);
  });

  it('shuffles the options of choice questions but keeps Sant before Usant', () => {
    const tf = q('tf', 'krise', 'truefalse', [1], 2);
    const many = q('many', 'krise', 'single', [0], 6);
    const orders = [1, 2, 3, 4, 5].map((seed) => drawRound([tf, many], 2, seed).optionOrder);
    expect(orders.every((o) => o.tf!.join() === '0,1')).toBe(true);
    expect(new Set(orders.map((o) => o.many!.join())).size).toBeGreaterThan(1);
    for (const o of orders) expect([...o.many!].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('isCorrect', () => {
  it('single: only the one right option', () => {
    const single = q('s', 't', 'single', [1]);
    expect(isCorrect(single, [1])).toBe(true);
    expect(isCorrect(single, [0])).toBe(false);
    expect(isCorrect(single, [1, 0])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
  });

  it('true/false: the right one of two', () => {
    const tf = q('tf', 't', 'truefalse', [0], 2);
    expect(isCorrect(tf, [0])).toBe(true);
    expect(isCorrect(tf, [1])).toBe(false);
  });

  it('multiple: all the right options and none of the wrong', () => {
    const multi = q('m', 't', 'multiple', [0, 2], 4);
    expect(isCorrect(multi, [2, 0])).toBe(true);
    expect(isCorrect(multi, [0])).toBe(false);
    expect(isCorrect(multi, [0, 2, 3])).toBe(false);
    expect(isCorrect(multi, [0, 0, 2])).toBe(true);
  });
});

describe('scoreRound', () => {
  const map = new Map(bank.map((x) => [x.id, x]));
  const round = drawRound(bank, 10, 5);
  const answers = Object.fromEntries(round.order.map((id, i) => [id, i < 8 ? [0] : [1]]));

  it('counts right answers, the percentage and the pass mark', () => {
    expect(scoreRound(map, round, answers, 80)).toMatchObject({ correct: 8, total: 10, percent: 80, passed: true });
    expect(scoreRound(map, round, answers, 81).passed).toBe(false);
  });

  it('lists the missed questions, unanswered ones included', () => {
    const partial = { ...answers };
    delete partial[round.order[0]!];
    expect(scoreRound(map, round, partial, 80).missed).toEqual([round.order[0], round.order[8], round.order[9]]);
  });
});

class MemoryStorage implements KeyValueStorage {
  map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

describe('the store', () => {
  const saved: Saved = { v: 1, round: drawRound(bank, 3, 1), answers: {}, position: 1 };
  const key = storageKey('handbok.no', 'alle', 'abcd1234');

  it('keeps progress and reads it back', () => {
    const storage = new MemoryStorage();
    openStore(() => storage, 'handbok.no', 'alle', 'abcd1234').save(saved);
    const again = openStore(() => storage, 'handbok.no', 'alle', 'abcd1234');
    expect(again).toMatchObject({ initial: saved, notice: null, persistent: true });
  });

  it('starts afresh with a notice when the stored value is damaged', () => {
    for (const bad of ['{not json', JSON.stringify({ ...saved, v: 2 }), JSON.stringify({ ...saved, position: 'to' })]) {
      const storage = new MemoryStorage();
      storage.setItem(key, bad);
      const store = openStore(() => storage, 'handbok.no', 'alle', 'abcd1234');
      expect(store).toMatchObject({ initial: null, notice: 'damaged' });
      expect(storage.getItem(key)).toBeNull();
    }
  });

  it('drops a round saved for an older question bank, with a notice', () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey('handbok.no', 'alle', '00000000'), JSON.stringify(saved));
    storage.setItem(storageKey('handbok.no', 'annen-test', '00000000'), JSON.stringify(saved));
    const store = openStore(() => storage, 'handbok.no', 'alle', 'abcd1234');
    expect(store).toMatchObject({ initial: null, notice: 'changed' });
    expect([...storage.map.keys()]).toEqual([storageKey('handbok.no', 'annen-test', '00000000')]);
  });

  it('runs in memory and says so when storage is blocked', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const store = openStore(blocked, 'handbok.no', 'alle', 'abcd1234');
    expect(store).toMatchObject({ initial: null, notice: 'blocked', persistent: false });
    expect(() => store.save(saved)).not.toThrow();
    const throwsOnWrite = new MemoryStorage();
    throwsOnWrite.setItem = () => {
      throw new DOMException('Quota', 'QuotaExceededError');
    };
    expect(openStore(() => throwsOnWrite, 'handbok.no', 'alle', 'abcd1234').notice).toBe('blocked');
  });

  it('deletes every key of the test and nothing else', () => {
    const storage = new MemoryStorage();
    storage.setItem('annet', 'x');
    const store = openStore(() => storage, 'handbok.no', 'alle', 'abcd1234');
    store.save(saved);
    store.clear();
    expect([...storage.map.keys()]).toEqual(['annet']);
  });
});
