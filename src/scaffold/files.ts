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

const q = quote;

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
export function draftRules(content: Content, sourceId: string): DraftRule[] {
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
        id: `${sourceId}-${slug(TOPICS[topic])}`,
        title: TOPICS[topic],
        text: `${DRAFT_MARK} Skriv kommunens regel om ${TOPICS[topic].toLowerCase()}. Eksemplene sier blant annet: ${replaced
          .slice(0, 4)
          .map((r) => r.title.toLowerCase())
          .join('; ')}.`,
        source: sourceId,
        section: `${DRAFT_MARK} punkt i retningslinjene`,
        audience: [...new Set(replaced.flatMap((r) => r.audience))].sort(),
        topics: [topic],
        strength: strengths.includes('skal') ? 'skal' : strengths.includes('bor') ? 'bor' : 'kan',
        replaces: replaced.map((r) => r.id),
        reviewed: Object.fromEntries(replaced.map((r) => [r.id, ruleFingerprint(r)])),
      };
    });
}

export function rulesFile(rules: DraftRule[]): string {
  return [
    `# Kommunens egne regler. Hver regel med «replaces» tar plassen til eksempelreglene der trærne og selvtesten viser til dem.`,
    `# Skriv teksten, fjern merket UTKAST, og legg gjerne til flere regler. Feltene er forklart i node_modules/${PACKAGE_NAME}/src/schemas/rule.ts.`,
    stringify(rules, { lineWidth: 110 }),
  ].join('\n');
}

export function guidelinesPage(config: HandbookConfig, sourceId: string, rules: DraftRule[], today: string): string {
  const byTopic = rules.map(
    (r) =>
      `## ${TOPICS[r.topics[0]!]}\n\n${DRAFT_MARK} Forklar kort hvorfor regelen finnes og hvordan den brukes.\n\n<Rules ids={[${q(r.id)}]} />\n`,
  );
  return [
    '---',
    `title: ${config.kommune.navn}`,
    `description: Retningslinjene for sosiale medier i ${config.kommune.navn}, forklart med enkle ord.`,
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
    `${DRAFT_MARK} Skriv to eller tre setninger om hva retningslinjene gjelder, og hvem de gjelder for.`,
    '',
    `<SourceFacts id=${q(sourceId)} />`,
    '',
    ...byTopic,
  ].join('\n');
}

/** The municipality's own content, by path from the site's folder. */
export function localFiles(config: HandbookConfig, content: Content, today: string): Map<string, string> {
  const id = localGuidelinesId(config);
  const rules = draftRules(content, id);
  return new Map([
    [`${LOCAL_PATHS.rules}/${id}.yaml`, rulesFile(rules)],
    [`${LOCAL_PATHS.docs}/retningslinjer/${id}.mdx`, guidelinesPage(config, id, rules, today)],
  ]);
}
