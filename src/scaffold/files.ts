/**
 * The files `npm run ny-kommune` writes: the config, the municipality's guidelines page laid out like
 * the examples, and one draft rule per topic that the trees and the self-test need. Every text the
 * municipality must write is marked «UTKAST:».
 */
import { stringify } from 'yaml';
import { exampleSourceIds, type Content } from '../content-loading/load.ts';
import { isOutcome } from '../schemas/tree.ts';
import { TOPICS, type Audience, type Strength, type Topic } from '../schemas/vocabulary.ts';
import { DRAFT_MARK } from '../checks/drafts.ts';
import { LOCAL_PATHS } from '../content-loading/paths.ts';
import { slug, type ScaffoldOptions } from './options.ts';

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const check = (options: ScaffoldOptions, field: string) => (options.guessed.has(field) ? ` // ${DRAFT_MARK} sjekk at dette stemmer` : '');
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

export function configFile(o: ScaffoldOptions, today: string): string {
  const lines = [
    "/** Innstillingene for kommunens håndbok. Feltene er forklart i src/schemas/config.ts. */",
    "import { defineHandbook } from './src/config/define.ts';",
    '',
    'export default defineHandbook({',
    `  kommune: { navn: ${q(o.navn)}, kortnavn: ${q(o.kortnavn)} },`,
    `  nettsted: {`,
    `    url: ${q(o.url)},${check(o, 'nettsted.url')}`,
    `    base: ${q(o.base)},`,
    `  },`,
    `  malform: ${q(o.malform)},`,
    ...(o.fargeLys || o.fargeMork ? [`  farger: { lys: ${q(o.fargeLys ?? '#1d4fb8')}, mork: ${q(o.fargeMork ?? '#a9c1ff')} },`] : []),
    '  kontakt: {',
    `    epost: ${q(o.epost)},${check(o, 'kontakt.epost')}`,
    ...(o.telefon ? [`    telefon: ${q(o.telefon)},`] : []),
    `    nettsted: ${q(o.nettsted)},${check(o, 'kontakt.nettsted')}`,
    '  },',
    `  svartid: { timer: ${o.svartidTimer}, hverdager: true },`,
    `  redaksjon: ${q(o.redaksjon)},${check(o, 'redaksjon')}`,
    `  // ${DRAFT_MARK} legg inn kontoene kommunen bruker, for eksempel { navn: 'Facebook', url: 'https://www.facebook.com/…' }`,
    '  kanaler: [],',
    '  retningslinjer: {',
    `    vedtattAv: '${DRAFT_MARK} hvem vedtok retningslinjene, for eksempel Kommunedirektøren',`,
    `    vedtatt: '${today}', // ${DRAFT_MARK} datoen retningslinjene ble vedtatt`,
    `    nesteRevisjon: '${addDays(today, 365)}', // ${DRAFT_MARK} når de skal revideres`,
    '  },',
    `  eksempelretningslinjer: ${o.eksempler},`,
    '});',
    '',
  ];
  return lines.join('\n');
}

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
      };
    });
}

export function rulesFile(rules: DraftRule[]): string {
  return [
    `# Kommunens egne regler. Hver regel med «replaces» tar plassen til eksempelreglene der trærne og selvtesten viser til dem.`,
    `# Skriv teksten, fjern merket UTKAST, og legg gjerne til flere regler. Feltene er forklart i src/schemas/rule.ts.`,
    stringify(rules, { lineWidth: 110 }),
  ].join('\n');
}

export function guidelinesPage(o: ScaffoldOptions, sourceId: string, rules: DraftRule[], today: string): string {
  const byTopic = rules.map((r) => `## ${TOPICS[r.topics[0]!]}\n\n${DRAFT_MARK} Forklar kort hvorfor regelen finnes og hvordan den brukes.\n\n<Rules ids={[${q(r.id)}]} />\n`);
  return [
    '---',
    `title: ${o.navn}`,
    `description: Retningslinjene for sosiale medier i ${o.navn}, forklart med enkle ord.`,
    `audience: [ansatt, publiserer, leder, politiker]`,
    `topics: [${[...new Set(rules.flatMap((r) => r.topics))].join(', ')}]`,
    `sources: [${sourceId}]`,
    'sidebar:',
    '  order: 0',
    'review:',
    `  lastReviewed: ${today}`,
    `  owner: ${o.redaksjon}`,
    '---',
    '',
    "import { Rules, SourceFacts } from '~/user-components';",
    '',
    `${DRAFT_MARK} Skriv to eller tre setninger om hva retningslinjene gjelder, og hvem de gjelder for.`,
    '',
    `<SourceFacts id=${q(sourceId)} />`,
    '',
    ...byTopic,
  ].join('\n');
}

/** Every file to write, by path from the project root. */
export function scaffoldFiles(o: ScaffoldOptions, content: Content, today: string): Map<string, string> {
  const id = slug(o.kortnavn);
  const rules = draftRules(content, id);
  return new Map([
    ['handbok.config.ts', configFile(o, today)],
    [`${LOCAL_PATHS.rules}/${id}.yaml`, rulesFile(rules)],
    [`${LOCAL_PATHS.docs}/retningslinjer/${id}.mdx`, guidelinesPage(o, id, rules, today)],
  ]);
}
