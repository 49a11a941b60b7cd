/**
 * `npm run bench`: a benchmark, not a test. In one run, with the installed astro and Starlight:
 * 1. builds this handbook and a plain Starlight site with the same 100 and 1000 synthetic pages and
 *    prints wall time, CPU time, peak memory and the ratios (goal: the handbook at most 10 % over
 *    plain Starlight); `--repeat=N` builds each N times, taking turns, and keeps the best figures;
 * 2. prints the first view (gzip HTML, CSS, JavaScript) of each page type, a content page compared
 *    with plain Starlight's, and the bytes a first search fetches;
 * 3. runs Lighthouse (mobile) on the page types, and on the reference page and front page of plain
 *    Starlight for comparison.
 * Writes the figures to bench/results.md. `--quick`: only 100 pages, no Lighthouse.
 * `--no-build-times`: skips part 1 (for measuring page weight and Lighthouse alone).
 * `--baseline`: also writes plain Starlight's first view to bench/baseline.json (for the size test).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstView, type FirstView } from './bench/first-view.ts';
import { measureBuild, type BuildMeasure } from './bench/measure-build.ts';
import {
  BASELINE_FILE,
  handbookReference,
  plainReference,
  REFERENCE_URL,
  referenceDist,
  toBaseline,
} from './bench/reference.ts';
import { installedVersion, makeHandbookSite, makePlainSite } from './bench/sites.ts';
import { syntheticPage } from './bench/synthetic-pages.ts';
import { lmsExportSizes } from './bench/lms-exports.ts';
import { builtPageFiles } from '../src/lib/post-build/built-pages.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = path.join(ROOT, '.bench');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const SIZES = quick ? [100] : [100, 1000];
const REPEAT = Number([...args].find((a) => a.startsWith('--repeat='))?.slice('--repeat='.length) ?? 1);
if (!Number.isInteger(REPEAT) || REPEAT < 1) throw new Error('--repeat= må være et helt tall, 1 eller mer.');
const GOAL = 1.1;
/** An extra page of the handbook costs at most 5 % more CPU than one of Starlight's. */
const PAGE_GOAL = 1.05;

const PAGE_TYPES = [
  { name: 'Forside', url: '/' },
  { name: 'Innholdsside', url: '/ks-veikart/strategi/' },
  { name: 'Trinn i beslutningstre', url: '/beslutningstre/kanalvelger/' },
  { name: 'Selvtest', url: '/selvtest/alle-ansatte/' },
];

const lines: string[] = [];
const out = (line = '') => {
  console.log(line);
  lines.push(line);
};
const table = (head: string[], rows: (string | number)[][]) => {
  out(`| ${head.join(' | ')} |`);
  out(`|${head.map(() => ' --- ').join('|')}|`);
  for (const row of rows) out(`| ${row.join(' | ')} |`);
  out();
};
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

type Site = 'plain' | 'handbook' | 'equal';

interface SizeMeasure {
  n: number;
  /** Pages built by `equal`: plain Starlight with as many pages as the handbook (its own pages made up with synthetic ones). */
  equalPages: number;
  /** Each site's builds, round by round: in a round the three are built one after the other. */
  runs: Record<Site, BuildMeasure[]>;
}

const htmlPages = (dist: string) => builtPageFiles(dist).length;

/** Builds the three sites for `n` extra pages, `REPEAT` rounds, the three taking turns in each round. */
async function measureSize(n: number): Promise<SizeMeasure> {
  const pages = Array.from({ length: n }, (_, i) => syntheticPage(i + 1));
  const dirs: Record<Site, string> = {
    plain: path.join(WORK, `plain-${n}`),
    handbook: path.join(WORK, `handbook-${n}`),
    equal: path.join(WORK, `plain-equal-${n}`),
  };
  makeHandbookSite(ROOT, dirs.handbook, pages, { inSidebar: true });
  makePlainSite(ROOT, dirs.plain, pages);
  const runs: Record<Site, BuildMeasure[]> = { plain: [], handbook: [], equal: [] };
  console.error(`Bygger Starlight og håndboka med ${n} ekstra sider (1 av ${REPEAT}) …`);
  const build = async (site: Site) => {
    // The last build's files are written to disk first, so that writing does not slow this build.
    spawnSync('sync');
    const measure = await measureBuild(ROOT, dirs[site], path.join(dirs[site], 'dist'));
    console.error(`  ${site}: ${measure.seconds.toFixed(1)} s, ${measure.cpuSeconds.toFixed(1)} s CPU, ${measure.peakMiB.toFixed(0)} MiB`);
    return measure;
  };
  // The first round decides how many pages `equal` gets: as many as the handbook builds.
  runs.plain.push(await build('plain'));
  runs.handbook.push(await build('handbook'));
  const own = htmlPages(path.join(dirs.handbook, 'dist')) - htmlPages(path.join(dirs.plain, 'dist'));
  makePlainSite(ROOT, dirs.equal, Array.from({ length: n + Math.max(own, 0) }, (_, i) => syntheticPage(i + 1)));
  runs.equal.push(await build('equal'));
  // Later rounds take the sites in another order each time. The handbook and Starlight with as many
  // pages, the comparison that counts (ADR 0008), are always built one right after the other, each
  // first in every other round: the speed of this shared machine drifts over minutes.
  const ORDERS: Site[][] = [
    ['equal', 'handbook', 'plain'],
    ['handbook', 'equal', 'plain'],
    ['plain', 'equal', 'handbook'],
    ['plain', 'handbook', 'equal'],
  ];
  for (let run = 2; run <= REPEAT; run++) {
    console.error(`Bygger Starlight og håndboka med ${n} ekstra sider (${run} av ${REPEAT}) …`);
    for (const site of ORDERS[(run - 2) % ORDERS.length]!) runs[site].push(await build(site));
  }
  return { n, equalPages: htmlPages(path.join(dirs.equal, 'dist')), runs };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * `top` against `bottom` for one figure: the median of the rounds' ratios. Builds in the same round
 * run minutes apart, so a machine that is busier in one round than another moves both alike.
 */
function pairedRatio(size: SizeMeasure, key: keyof BuildMeasure, top: Site, bottom: Site): number {
  return median(roundRatios(size, key, top, bottom));
}

/** `top` against `bottom` for one figure, round by round. */
function roundRatios(size: SizeMeasure, key: keyof BuildMeasure, top: Site, bottom: Site): number[] {
  return size.runs[top].map((m, i) => m[key] / size.runs[bottom][i]![key]);
}

/** The median ratio against the goal, and with several rounds the lowest and highest round in brackets. */
function ratioCell(ratios: number[]): string {
  const r = median(ratios);
  if (Number.isNaN(r)) return '–';
  const spread = ratios.length > 1 ? ` (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : '';
  return `${r.toFixed(2)} ${r <= GOAL ? '✔' : '✖'}${spread}`;
}

/** One row per size: both sites' best wall time, CPU time and peak memory, and the handbook's ratios. */
function buildTable(sizes: SizeMeasure[], against: 'plain' | 'equal'): void {
  const columns = (figure: string) => [`Starlight ${figure}`, `håndboka ${figure}`, `forhold ${figure === 'MiB' ? 'minne' : figure === 's' ? 'tid' : 'CPU'}`];
  table(
    ['ekstra sider', ...(against === 'equal' ? ['sider i alt'] : []), ...columns('s'), ...columns('CPU s'), ...columns('MiB')],
    sizes.map((size) => {
      const [plain, handbook] = [best(size.runs[against]), best(size.runs.handbook)];
      const cells = (key: keyof BuildMeasure, digits: number) => [
        plain[key].toFixed(digits),
        handbook[key].toFixed(digits),
        ratioCell(roundRatios(size, key, 'handbook', against)),
      ];
      return [
        size.n,
        ...(against === 'equal' ? [size.equalPages] : []),
        ...cells('seconds', 1),
        ...cells('cpuSeconds', 1),
        ...cells('peakMiB', 0),
      ];
    }),
  );
}

async function buildTimes(): Promise<void> {
  out('## Byggetid og minne');
  out();
  const sizes: SizeMeasure[] = [];
  for (const n of SIZES) sizes.push(await measureSize(n));
  buildTable(sizes, 'plain');
  out(`Målet er at håndboka bruker høyst 10 % mer tid og minne enn Starlight alene (forhold ≤ ${GOAL}).`);
  out(
    (REPEAT === 1
      ? 'Ett bygg av hvert nettsted. '
      : `${REPEAT} runder; i hver runde bygges nettstedene rett etter hverandre, og håndboka og Starlight med like mange sider alltid etter hverandre, annenhver gang først. Tallene er de beste av hvert nettsted; forholdet er medianen av forholdene i hver runde, så en runde der maskinen var travlere, ikke slår ut. I parentes står det laveste og det høyeste forholdet i en runde: så mye flytter det seg på denne maskinen. `) +
      'CPU er bruker- og systemtid for bygget og prosessene det starter (som Pagefinds indeksering); den påvirkes mindre enn veggtiden av annen last på maskinen.',
  );
  out(
    'Håndboka bygger i tillegg sine egne sider, sjekker innholdet og lager søkeindeks for alt. ' +
      'Derfor sammenligner tabellen under med Starlight med like mange sider: ' +
      'Starlight får i tillegg like mange syntetiske sider som håndboka har egne. Da viser forholdet hva funksjonene i håndboka koster.',
  );
  out();
  buildTable(sizes, 'equal');
  // How much of the first table's ratio the page count alone explains: plain Starlight against itself.
  out(
    'Bare antallet sider gjør at Starlight alene bruker ' +
      sizes
        .map(
          (s) =>
            `${pairedRatio(s, 'seconds', 'equal', 'plain').toFixed(2)} ganger tiden (${pairedRatio(s, 'cpuSeconds', 'equal', 'plain').toFixed(2)} ganger CPU-tiden) med ${s.equalPages} sider som med ${s.n} ekstra sider`,
        )
        .join(', og ') +
      '. Så mye av forholdet i den første tabellen kommer av håndbokas egne sider, ikke av funksjonene.',
  );
  out();
  const [small, large] = [sizes[0]!, sizes.at(-1)!];
  if (small === large) return;
  // What each extra page costs, apart from what both sites cost whatever their size. Against Starlight
  // with as many pages in all (ADR 0008): Starlight's own cost per page grows with the number of pages
  // (every page's sidebar lists them all), so each extra page of the handbook, which has its own pages
  // too, is compared with a page of a Starlight site as large as it is.
  const cpu = (size: SizeMeasure, site: Site) => best(size.runs[site]).cpuSeconds;
  const perPage = (site: Site) => (1000 * (cpu(large, site) - cpu(small, site))) / (large.n - small.n);
  const [plainPage, equalPage, handbookPage] = [perPage('plain'), perPage('equal'), perPage('handbook')];
  const pageRatio = handbookPage / equalPage;
  const fixed = (site: Site) => cpu(small, site) - (small.n * perPage(site)) / 1000;
  out(
    `Per ekstra side (fra ${small.n} til ${large.n}) bruker Starlight med like mange sider i alt ${equalPage.toFixed(1)} ms CPU og håndboka ${handbookPage.toFixed(1)} ms ` +
      `(forhold ${pageRatio.toFixed(2)} ${pageRatio <= PAGE_GOAL ? '✔' : '✖'}; målet er høyst ${PAGE_GOAL}). ` +
      `Starlight alene, fra ${small.n} til ${large.n} sider, bruker ${plainPage.toFixed(1)} ms per side: hver side har en sidemeny med alle sidene, så en side koster mer jo flere sider nettstedet har. ` +
      `Det som ikke følger antallet sider, er ${fixed('equal').toFixed(1)} s for Starlight med like mange sider og ${fixed('handbook').toFixed(1)} s for håndboka.`,
  );
  out();
}

/** The best of several runs, figure by figure: other load on the machine only ever makes a build slower. */
function best(runs: BuildMeasure[]): BuildMeasure {
  const min = (key: keyof BuildMeasure) => Math.min(...runs.map((r) => r[key]));
  return { seconds: min('seconds'), cpuSeconds: min('cpuSeconds'), peakMiB: min('peakMiB') };
}

async function buildHandbook(): Promise<string> {
  const dist = path.join(WORK, 'handbook-dist');
  console.error('Bygger håndboka …');
  await measureBuild(ROOT, ROOT, dist);
  return dist;
}

function sizeReport(dist: string, reference: { handbook: FirstView; plain: FirstView }): void {
  out('## Første visning (gzip, 1 kB = 1000 byte)');
  out();
  const row = (name: string, url: string, v: FirstView) => [name, url, kB(v.html), kB(v.css), kB(v.js), kB(v.total)];
  table(
    ['side', 'adresse', 'HTML kB', 'CSS kB', 'JS kB', 'sum kB'],
    [
      ...PAGE_TYPES.map((p) => row(p.name, p.url, firstView(dist, p.url))),
      row('Referanseside, håndboka', '(syntetisk)', reference.handbook),
      row('Referanseside, Starlight', '(syntetisk)', reference.plain),
    ],
  );
  const extra = reference.handbook.total - reference.plain.total;
  const share = `${((100 * Math.abs(extra)) / reference.plain.total).toFixed(1)} %`;
  out(
    `Referansesiden har samme tekst og samme sidemeny i begge. ` +
      (extra > 0
        ? `Håndboka legger til ${extra} byte (${share}).`
        : `Håndboka er ${-extra} byte (${share}) lettere enn Starlight alene.`),
  );
  out();
  out('## Eksport til læringsplattform (kB, 1 kB = 1000 byte)');
  out();
  table(['test', 'fil', 'kB', 'sendt kB'], lmsExportSizes(dist).map((e) => [e.test, e.file, kB(e.bytes), kB(e.sent)]));
  out('«Sendt» er SCORM-pakken som den er (zip er allerede komprimert), og Moodle XML og GIFT i gzip.');
  out();
}

/** Lighthouse runs per page; the median run is reported (timings vary with the machine's load). */
const LIGHTHOUSE_RUNS = 3;

async function searchAndLighthouse(dist: string): Promise<void> {
  process.env.HANDBOK_OUT_DIR = dist;
  const { findChromium, launch, serveDist } = await import('../tests/browser/browser.ts');
  const { firstSearchBytes } = await import('./bench/search-bytes.ts');
  // Compressed, as a web host serves it (see scripts/bench/lighthouse.ts).
  const server = await serveDist(dist, { gzip: true });
  const servers = [server];
  try {
    const browser = await launch();
    const search = await firstSearchBytes(browser, server.url, 'svartid');
    await browser.close();
    out('## Første søk');
    out();
    out(
      `Søk etter «${search.query}» fra forsiden: ${search.requests} forespørsler, ${kB(search.bytes)} kB til sammen.`,
    );
    out();
    table(
      ['del', 'kB'],
      Object.entries(search.byKind).map(([kind, bytes]) => [kind, kB(bytes)]),
    );
    if (quick) return;
    const { runLighthouse } = await import('./bench/lighthouse.ts');
    const handbookRef = await serveDist(referenceDist(ROOT, 'handbook'), { gzip: true });
    const plainRef = await serveDist(referenceDist(ROOT, 'plain'), { gzip: true, headersOptional: true });
    servers.push(handbookRef, plainRef);
    const pages = [
      ...PAGE_TYPES.map((p) => ({ name: p.name, url: server.url + p.url })),
      { name: 'Referanseside, håndboka', url: handbookRef.url + REFERENCE_URL },
      { name: 'Referanseside, Starlight', url: plainRef.url + REFERENCE_URL },
      { name: 'Forside, Starlight', url: plainRef.url + '/' },
    ];
    console.error('Kjører Lighthouse …');
    const results = await runLighthouse(
      findChromium(),
      pages.map((p) => p.url),
      LIGHTHOUSE_RUNS,
    );
    out('## Lighthouse (mobil)');
    out();
    out(
      `Hver side ${LIGHTHOUSE_RUNS} ganger; tabellen viser midterste måling (alle ytelsestallene i parentes). ` +
        'Filene sendes komprimert (gzip), slik en webserver gjør. Tidene og TBT varierer med hvor travel maskinen er.',
    );
    out();
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    table(
      ['side', 'ytelse', 'tilgjengelighet', 'beste praksis', 'SEO', 'FCP s', 'LCP s', 'TBT ms', 'CLS'],
      results.map((r, i) => [
        pages[i]!.name,
        `${r.scores.performance!} (${r.performanceRuns.join(', ')})`,
        r.scores.accessibility!,
        r.scores['best-practices']!,
        r.scores.seo!,
        seconds(r.metrics.fcp),
        seconds(r.metrics.lcp),
        Math.round(r.metrics.tbt),
        r.metrics.cls.toFixed(3),
      ]),
    );
    for (const [i, r] of results.entries()) {
      for (const [category, audits] of Object.entries(r.lost))
        out(`- ${pages[i]!.name}, ${category}: ${audits.join('; ')}`);
    }
    out();
  } finally {
    for (const s of servers) await s.close();
  }
}

const versions = `astro ${installedVersion(ROOT, 'astro')}, @astrojs/starlight ${installedVersion(ROOT, '@astrojs/starlight')}`;
out('# Ytelse: håndboka mot Starlight alene');
out();
out(
  `Målt ${new Date().toISOString().slice(0, 10)} med ${versions}, Node ${process.versions.node}${quick ? ' (--quick)' : ''}${REPEAT > 1 ? ` (--repeat=${REPEAT})` : ''}. Lag på nytt med \`npm run bench\`.`,
);
out();
if (!args.has('--no-build-times')) await buildTimes();
const dist = await buildHandbook();
console.error('Måler referansesiden …');
const ref = await handbookReference(ROOT);
const plain = await plainReference(ROOT, ref.nav);
sizeReport(dist, { handbook: ref.view, plain });
await searchAndLighthouse(dist);
fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
if (args.has('--baseline')) {
  fs.writeFileSync(path.join(ROOT, BASELINE_FILE), JSON.stringify(toBaseline(ROOT, plain, ref.nav), null, 2) + '\n');
  console.error(`Skrev ${BASELINE_FILE}.`);
}
fs.writeFileSync(path.join(ROOT, 'bench/results.md'), lines.join('\n'));
console.error('Skrev bench/results.md.');
