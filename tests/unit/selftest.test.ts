/** The self-test's pure parts: drawing, scoring each question type, checking a stored state against the bank, and the store's edge cases. */
import { describe, expect, it } from 'vitest';
import { drawRound } from '../../src/lib/browser/selftest/draw.ts';
import { isCorrect, judge, scoreRound } from '../../src/lib/browser/selftest/score.ts';
import { restore, type Bank, type Saved } from '../../src/lib/browser/selftest/restore.ts';
import { openStore, storageKey, type KeyValueStorage } from '../../src/lib/browser/selftest/store.ts';
import type { QuizQuestion } from '../../src/lib/browser/selftest/model.ts';

const q = (
  id: string,
  topic: string,
  type: QuizQuestion['type'] = 'single',
  right: number[] = [0],
  n = 3,
): QuizQuestion => ({
  id,
  type,
  topic,
  question: id,
  options: Array.from({ length: n }, (_, i) => ({ text: `${id}-${i}`, correct: right.includes(i), feedback: 'f' })),
  explanation: 'e',
  rules: [['Regel', '/r/#x']],
});

const bank = ['svartid', 'sletting', 'krise', 'taushetsplikt'].flatMap((topic) =>
  Array.from({ length: 5 }, (_, i) => q(`${topic}-${i}`, topic)),
);

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

describe('judge', () => {
  const multi = q('m', 't', 'multiple', [0, 2], 4);
  it('multiple: partly right when some right options are chosen but not exactly those', () => {
    expect(judge(multi, [0])).toEqual({ verdict: 'partly', found: [0], missed: [2], wrong: [] });
    expect(judge(multi, [2, 3])).toEqual({ verdict: 'partly', found: [2], missed: [0], wrong: [3] });
    expect(judge(multi, [0, 1, 2])).toEqual({ verdict: 'partly', found: [0, 2], missed: [], wrong: [1] });
  });
  it('right when exactly the right ones are chosen, wrong when none of them is', () => {
    expect(judge(multi, [2, 0])).toEqual({ verdict: 'right', found: [0, 2], missed: [], wrong: [] });
    expect(judge(multi, [1, 3])).toEqual({ verdict: 'wrong', found: [], missed: [0, 2], wrong: [1, 3] });
  });
  it('single and true/false are never partly right', () => {
    expect(judge(q('s', 't', 'single', [1]), [0]).verdict).toBe('wrong');
    expect(judge(q('s', 't', 'single', [1]), [1]).verdict).toBe('right');
    expect(judge(q('tf', 't', 'truefalse', [0], 2), [1]).verdict).toBe('wrong');
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
    expect(openStore(() => storage, 'handbok.no', 'alle', 'abcd1234').save(saved)).toBe(true);
    const again = openStore(() => storage, 'handbok.no', 'alle', 'abcd1234');
    expect(again).toMatchObject({ initial: JSON.stringify(saved), notice: null, persistent: true, key });
  });

  it('reads again what another tab wrote since it was opened', () => {
    const storage = new MemoryStorage();
    const store = openStore(() => storage, 'handbok.no', 'alle', 'abcd1234');
    expect(store.read()).toBeNull();
    storage.setItem(key, 'fra den andre fanen');
    expect(store.read()).toBe('fra den andre fanen');
  });

  it('says when a write fails once storage is full', () => {
    const storage = new MemoryStorage();
    const store = openStore(() => storage, 'handbok.no', 'alle', 'abcd1234');
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    expect(store.save(saved)).toBe(false);
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

describe('restore: a stored state checked against the bank', () => {
  const multi = q('flervalg', 'krise', 'multiple', [0, 2], 4);
  const tf = q('sant-usant', 'svartid', 'truefalse', [1], 2);
  const pool = new Map([...bank, multi, tf].map((x) => [x.id, x]));
  const setup: Bank = { questions: pool, version: 'abcd1234', count: 6, passMark: 80 };
  const round = drawRound([...pool.values()], 6, 7);
  const [first, second, third] = round.order as [string, string, string];
  const good: Saved = { v: 1, bank: 'abcd1234', round, answers: { [first]: [0], [second]: [1] }, position: 2 };
  const text = (changes: Record<string, unknown>) => JSON.stringify({ ...good, ...changes });

  /** What the test needs to show a state without failing: and a repaired state needs no repair again. */
  function expectUsable(state: Saved | null) {
    expect(state).not.toBeNull();
    const s = state!;
    expect(s.round.order.length).toBe(setup.count);
    expect(new Set(s.round.order).size).toBe(s.round.order.length);
    for (const id of s.round.order) {
      expect(pool.has(id), id).toBe(true);
      expect([...s.round.optionOrder[id]!].sort(), id).toEqual(pool.get(id)!.options.map((_, i) => i));
    }
    for (const [id, chosen] of Object.entries(s.answers)) {
      expect(s.round.order, id).toContain(id);
      expect(chosen.every((i) => i >= 0 && i < pool.get(id)!.options.length)).toBe(true);
    }
    expect(Number.isInteger(s.position) && s.position >= 0 && s.position < s.round.order.length).toBe(true);
    expect(s.round.order.slice(0, s.position).every((id) => s.answers[id])).toBe(true);
    expect(restore(JSON.stringify(s), setup)).toEqual({ state: s, repairs: [] });
  }

  it('gives nothing when nothing is stored, and a valid state as it is', () => {
    expect(restore(null, setup)).toEqual({ state: null, repairs: [] });
    expect(restore(JSON.stringify(good), setup)).toEqual({ state: good, repairs: [] });
  });

  it('takes a state saved before it held its bank version, and adds it', () => {
    const { bank: _b, ...old } = good;
    expect(restore(JSON.stringify(old), setup)).toEqual({ state: good, repairs: [] });
  });

  it('starts afresh when the value is not JSON or not the shape of a state', () => {
    for (const bad of [
      '{not json',
      '',
      'null',
      '[]',
      '42',
      '{"v":1}',
      text({ v: 2 }),
      text({ position: 'to' }),
      text({ round: { order: [] } }),
      text({ answers: { [first]: ['0'] } }),
      text({ bank: 7 }),
      text({ round: { ...round, optionOrder: [] } }),
      text({ result: { correct: 1 } }),
    ]) {
      expect(restore(bad, setup), bad).toEqual({ state: null, repairs: ['unreadable'] });
    }
  });

  it('starts afresh when the state was saved for another version of the bank', () => {
    expect(restore(text({ bank: '00000000' }), setup)).toEqual({ state: null, repairs: ['otherBank'] });
  });

  it('starts afresh when none of the round is in the bank: an empty order, or only unknown ids', () => {
    expect(restore(text({ round: { ...round, order: [] } }), setup)).toEqual({ state: null, repairs: ['noQuestions'] });
    expect(restore(text({ round: { ...round, order: ['borte', 'vekk'] } }), setup)).toEqual({
      state: null,
      repairs: ['noQuestions'],
    });
  });

  it('drops an unknown question id and draws another in its place, keeping the answers', () => {
    const order = [...round.order];
    order[4] = 'borte';
    const { state, repairs } = restore(text({ round: { ...round, order } }), setup);
    expect(repairs).toEqual(['unknownQuestions']);
    expectUsable(state);
    expect(state!.round.order.slice(0, 4)).toEqual(round.order.slice(0, 4));
    expect(state!.round.order).not.toContain('borte');
    expect(state!.answers).toEqual(good.answers);
    expect(state!.position).toBe(2);
  });

  it('keeps the first of duplicate ids in the order', () => {
    const order = [first, second, first, third, second, round.order[5]!];
    const { state, repairs } = restore(text({ round: { ...round, order } }), setup);
    expect(repairs).toEqual(['duplicateQuestions']);
    expectUsable(state);
    expect(state!.round.order.slice(0, 4)).toEqual([first, second, third, round.order[5]]);
  });

  it('moves a position past the end, before the start or between questions to the question to answer', () => {
    for (const [position, repaired] of [
      [999, 2],
      [-1, 0],
      [1.5, 1],
      [5, 2],
    ] as const) {
      const { state, repairs } = restore(text({ position }), setup);
      expect(repairs, String(position)).toEqual(['position']);
      expectUsable(state);
      expect(state!.position, String(position)).toBe(repaired);
    }
  });

  it('drops an answer with an option the question does not have, and goes back to that question', () => {
    const { state, repairs } = restore(text({ answers: { [first]: [99], [second]: [1] } }), setup);
    expect(repairs).toEqual(['answers', 'position']);
    expectUsable(state);
    expect(state!.answers).toEqual({ [second]: [1] });
    expect(state!.position).toBe(0);
  });

  it('drops impossible answers: none chosen, two for a one-answer question, repeated or broken indices', () => {
    for (const chosen of [[], [0, 1], [0, 0], [-1], [0.5]]) {
      const { state, repairs } = restore(text({ answers: { [first]: [0], [second]: chosen } }), setup);
      expect(repairs, JSON.stringify(chosen)).toEqual(['answers', 'position']);
      expect(state!.answers).toEqual({ [first]: [0] });
    }
  });

  it('keeps several answers to a question that takes several', () => {
    const order = [multi.id, ...round.order.filter((id) => id !== multi.id).slice(0, 5)];
    const optionOrder = Object.fromEntries(
      order.map((id) => [id, id === multi.id ? [3, 2, 1, 0] : pool.get(id)!.options.map((_, i) => i)]),
    );
    const withMulti: Saved = {
      ...good,
      round: { ...round, order, optionOrder },
      answers: { [multi.id]: [0, 2] },
      position: 1,
    };
    expect(restore(JSON.stringify(withMulti), setup)).toEqual({ state: withMulti, repairs: [] });
  });

  it('drops answers to questions that are not in the round', () => {
    const outside = [...pool.keys()].find((id) => !round.order.includes(id))!;
    const { state, repairs } = restore(text({ answers: { ...good.answers, [outside]: [0], borte: [1] } }), setup);
    expect(repairs).toEqual(['answers']);
    expect(state).toEqual(good);
  });

  it('draws the option order again when it is not the question’s options', () => {
    for (const broken of [[0, 0, 1], [0, 1], [0, 1, 7], undefined]) {
      const { state, repairs } = restore(
        text({ round: { ...round, optionOrder: { ...round.optionOrder, [third]: broken } } }),
        setup,
      );
      expect(repairs, JSON.stringify(broken)).toEqual(['optionOrder']);
      expectUsable(state);
    }
  });

  it('drops a result when the round is no longer fully answered, and scores a repaired round again', () => {
    const all = Object.fromEntries(round.order.map((id) => [id, pool.get(id)!.type === 'multiple' ? [0, 2] : [0]]));
    const result = { ...scoreRound(pool, round, all, 80), date: '2026-11-21' };
    const done: Saved = { ...good, answers: all, position: 5, result };
    expect(restore(JSON.stringify(done), setup)).toEqual({ state: done, repairs: [] });

    const lost = restore(JSON.stringify({ ...done, answers: { ...all, [third]: [99] } }), setup);
    expect(lost.repairs).toEqual(['answers', 'position', 'result']);
    expect(lost.state).toMatchObject({ position: 2 });
    expect(lost.state!.result).toBeUndefined();

    const rescored = restore(
      JSON.stringify({ ...done, result: { ...result, correct: 6, percent: 100, passed: true, missed: ['borte'] } }),
      setup,
    );
    expect(rescored.repairs).toEqual(['result']);
    expect(rescored.state!.result).toEqual(result);
  });

  it('never throws, whatever is stored', () => {
    const odd = [
      text({ position: 1e308 }),
      text({ round: { ...round, seed: -0.5 } }),
      text({ answers: { __proto__: [0] } }),
      text({ round: { ...round, order: [first, 'constructor', 'toString'] } }),
    ];
    for (const raw of odd) {
      const { state } = restore(raw, setup);
      expectUsable(state);
    }
  });
});
