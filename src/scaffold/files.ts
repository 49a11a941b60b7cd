/**
 * The municipality's own content that `npm run ny-kommune` writes: its guidelines page laid out like
 * the examples, and one draft rule per topic that the trees and the self-test need. Every text the
 * municipality must write is marked «UTKAST:».
 */
import { stringify } from 'yaml';
import { ruleFingerprint } from '../lib/shared/fingerprint.ts';
import { exampleSourceIds, type Content } from '../content-loading/load.ts';
import { isOutcome } from '../schemas/tree.ts';
import { TOPICS, type Audience, type Strength, type Topic } from '../schemas/vocabulary.ts';
import { DRAFT_MARK } from '../checks/drafts.ts';
import { LOCAL_PATHS } from '../content-loading/paths.ts';
import { slug } from '../lib/shared/slug.ts';
import { localGuidelinesId } from '../config/guidelines-id.ts';
import { PACKAGE_NAME, quote } from './config-file.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import type { Malform } from '../lib/shared/malform.ts';

const q = quote;

/** A topic's name in the site's målform (the interface strings' `handbok.topic.<id>`). */
export type TopicName = (topic: Topic) => string;

/** The draft's own words, in the site's målform. The example rules' titles are quoted as they are written. */
const WORDS = {
  nb: {
    rulesHeader: [
      '# Kommunens egne regler. Hver regel med «replaces» tar plassen til eksempelreglene der trærne og selvtesten viser til dem.',
      '# Skriv teksten, fjern merket UTKAST, og legg gjerne til flere regler. Feltene er forklart i',
    ],
    ruleText: (topic: string, examples: string[]) =>
      `Skriv kommunens regel om ${topic}. Eksemplene sier blant annet: ${examples.map((e) => e.toLowerCase()).join('; ')}.`,
    section: 'punkt i retningslinjene',
    description: (name: string) => `Retningslinjene for sosiale medier i ${name}, forklart med enkle ord.`,
    explain: 'Forklar kort hvorfor regelen finnes og hvordan den brukes.',
    intro: 'Skriv to eller tre setninger om hva retningslinjene gjelder, og hvem de gjelder for.',
  },
  nn: {
    rulesHeader: [
      '# Dei eigne reglane til kommunen. Kvar regel med «replaces» tek plassen til eksempelreglane der trea og sjølvtesten viser til dei.',
      '# Skriv teksten, fjern merket UTKAST, og legg gjerne til fleire reglar. Felta er forklarte i',
    ],
    ruleText: (topic: string, examples: string[]) =>
      `Skriv regelen til kommunen om ${topic}. Eksempla seier mellom anna: ${examples.map((e) => `«${e}»`).join(', ')}.`,
    section: 'punkt i retningslinjene',
    description: (name: string) => `Retningslinjene for sosiale medium i ${name}, forklarte med enkle ord.`,
    explain: 'Forklar kort kvifor regelen finst, og korleis han blir brukt.',
    intro: 'Skriv to eller tre setningar om kva retningslinjene gjeld, og kven dei gjeld for.',
  },
} as const;

interface DraftRule {
  id: string;
  title: string;
  text: string;
  source: string;
  section: string;
  audience: Audience[];
  topics: Topic[];
  strength: Strength;
  replaces: string[];
  /** The replaced rules' fingerprints as written now, so the check can tell when the package changes one. */
  reviewed: Record<string, string>;
}

/** One draft rule per topic for the example rules that trees and questions cite, so they keep a source. */
export function draftRules(
  content: Content,
  sourceId: string,
  { malform = 'nb', topicName = (t) => TOPICS[t] }: { malform?: Malform; topicName?: TopicName } = {},
): DraftRule[] {
  const words = WORDS[malform];
  const examples = exampleSourceIds(content);
  const rules = new Map(content.rules.map((r) => [r.data.id, r.data]));
  const cited = new Set([
    ...content.trees.flatMap((t) => t.data.nodes.flatMap((n) => (isOutcome(n) ? n.rules : []))),
    ...content.questions.flatMap((qn) => qn.data.rules),
  ]);
  const byTopic = new Map<Topic, NonNullable<ReturnType<typeof rules.get>>[]>();
  for (const id of [...cited].sort()) {
    const rule = rules.get(id);
    if (!rule || !examples.has(rule.source)) continue;
    const topic = rule.topics[0]!;
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), rule]);
  }
  return (Object.keys(TOPICS) as Topic[])
    .filter((t) => byTopic.has(t))
    .map((topic) => {
      const replaced = byTopic.get(topic)!;
      const strengths = replaced.map((r) => r.strength);
      return {
        // The id stays the bokmål topic's, so a site's rule ids do not depend on its målform.
        id: `${sourceId}-${slug(TOPICS[topic])}`,
        title: topicName(topic),
        text: `${DRAFT_MARK} ${words.ruleText(
          topicName(topic).toLowerCase(),
          replaced.slice(0, 4).map((r) => r.title),
        )}`,
        source: sourceId,
        section: `${DRAFT_MARK} ${words.section}`,
        audience: [...new Set(replaced.flatMap((r) => r.audience))].sort(),
        topics: [topic],
        strength: strengths.includes('skal') ? 'skal' : strengths.includes('bor') ? 'bor' : 'kan',
        replaces: replaced.map((r) => r.id),
        reviewed: Object.fromEntries(replaced.map((r) => [r.id, ruleFingerprint(r)])),
      };
    });
}

export function rulesFile(rules: DraftRule[], malform: Malform = 'nb'): string {
  const [first, second] = WORDS[malform].rulesHeader;
  return [
    first,
    `${second} node_modules/${PACKAGE_NAME}/src/schemas/rule.ts.`,
    stringify(rules, { lineWidth: 110 }),
  ].join('\n');
}

export function guidelinesPage(config: HandbookConfig, sourceId: string, rules: DraftRule[], today: string): string {
  const words = WORDS[config.malform];
  // Each rule's title is its topic's name in the site's målform.
  const byTopic = rules.map((r) => `## ${r.title}\n\n${DRAFT_MARK} ${words.explain}\n\n<Rules ids={[${q(r.id)}]} />\n`);
  return [
    '---',
    `title: ${config.kommune.navn}`,
    `description: ${words.description(config.kommune.navn)}`,
    `audience: [ansatt, publiserer, leder, politiker]`,
    `topics: [${[...new Set(rules.flatMap((r) => r.topics))].join(', ')}]`,
    `sources: [${sourceId}]`,
    'sidebar:',
    '  order: 0',
    'review:',
    `  lastReviewed: ${today}`,
    `  owner: ${config.redaksjon}`,
    '---',
    '',
    `import { Rules, SourceFacts } from '${PACKAGE_NAME}/components';`,
    '',
    `${DRAFT_MARK} ${words.intro}`,
    '',
    `<SourceFacts id=${q(sourceId)} />`,
    '',
    ...byTopic,
  ].join('\n');
}

/** The municipality's own content, by path from the site's folder, in its målform. */
export function localFiles(
  config: HandbookConfig,
  content: Content,
  today: string,
  topicName?: TopicName,
): Map<string, string> {
  const id = localGuidelinesId(config);
  const rules = draftRules(content, id, { malform: config.malform, topicName });
  return new Map([
    [`${LOCAL_PATHS.rules}/${id}.yaml`, rulesFile(rules, config.malform)],
    [`${LOCAL_PATHS.docs}/retningslinjer/${id}.mdx`, guidelinesPage(config, id, rules, today)],
  ]);
}
