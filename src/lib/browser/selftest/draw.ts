/**
 * Drawing a round: N questions spread across topics, and options shuffled, all from a seed, so the
 * same seed always gives the same round (a stored round can be rebuilt, and tests are repeatable).
 */
import type { QuizQuestion, Round } from './model.ts';

/** mulberry32: a small, fast, seedable generator; good enough to shuffle quiz questions. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Takes questions topic by topic in turns (topics in random order, questions within a topic in
 * random order), so a round covers as many topics as it has room for before repeating one.
 */
export function drawRound(questions: readonly QuizQuestion[], count: number, seed: number): Round {
  const next = random(seed);
  const byTopic = new Map<string, QuizQuestion[]>();
  for (const q of questions) byTopic.set(q.topic, [...(byTopic.get(q.topic) ?? []), q]);
  const queues = shuffle([...byTopic.keys()].sort(), next).map((topic) => shuffle(byTopic.get(topic)!, next));
  const picked: QuizQuestion[] = [];
  while (picked.length < Math.min(count, questions.length)) {
    for (const queue of queues) {
      const q = queue.shift();
      if (q && picked.length < count) picked.push(q);
    }
  }
  const order = shuffle(picked, next).map((q) => q.id);
  const optionOrder: Round['optionOrder'] = {};
  for (const q of picked) {
    const indices = q.options.map((_, i) => i);
    // «Sant» before «Usant» reads naturally; only real choices are shuffled.
    optionOrder[q.id] = q.type === 'truefalse' ? indices : shuffle(indices, next);
  }
  return { seed, order, optionOrder };
}

export const newSeed = () => Math.floor(Math.random() * 2 ** 32);
