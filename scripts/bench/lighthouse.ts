/**
 * Lighthouse (its default: a mid-range phone on a slow connection) on a few pages of a locally
 * served site, with the system's Chromium. Returns the four category scores, the page's main timings
 * and, for a category under 100, the audits that cost points.
 *
 * Serve the site compressed (`serveDist(dir, { gzip: true })`), as web hosts do: Lighthouse simulates
 * the slow connection from the bytes it sees, so uncompressed files make every page look slower than
 * it is. Timings and Total Blocking Time also depend on how busy the machine is; with `runs` > 1 each
 * page is measured that many times and the median run (by performance score) is reported.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export interface LighthouseResult {
  url: string;
  scores: Record<string, number>;
  /** First and Largest Contentful Paint, Speed Index and Total Blocking Time in ms, Cumulative Layout Shift. */
  metrics: { fcp: number; lcp: number; si: number; tbt: number; cls: number };
  /** Every run's performance score, when the page was measured more than once. */
  performanceRuns: number[];
  /** Audits that failed, per category under 100: "id: title". */
  lost: Record<string, string[]>;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One run; undefined if Lighthouse could not measure the page (it happens now and then on a busy machine). */
async function runOnce(port: number, url: string): Promise<LighthouseResult | undefined> {
  const run = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!run) throw new Error(`Lighthouse ga ikke noe resultat for ${url}`);
  if (run.lhr.runtimeError) {
    console.error(`Lighthouse målte ikke ${url}: ${run.lhr.runtimeError.message}`);
    return undefined;
  }
  const { categories, audits } = run.lhr;
  const scores: Record<string, number> = {};
  const lost: Record<string, string[]> = {};
  for (const id of CATEGORIES) {
    const category = categories[id]!;
    scores[id] = Math.round((category.score ?? 0) * 100);
    if (scores[id] === 100) continue;
    lost[id] = category.auditRefs
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}: ${audits[ref.id]!.title} (${audits[ref.id]!.displayValue ?? audits[ref.id]!.score})`);
  }
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const metrics = {
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    si: value('speed-index'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
  return { url, scores, metrics, performanceRuns: [scores.performance!], lost };
}

export async function runLighthouse(chromePath: string, urls: string[], runs = 1): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const url of urls) {
      const all: LighthouseResult[] = [];
      for (let tries = 0; all.length < runs && tries < 2 * runs; tries++) {
        const result = await runOnce(chrome.port, url);
        if (result) all.push(result);
      }
      if (all.length === 0) throw new Error(`Lighthouse klarte ikke å måle ${url} på ${2 * runs} forsøk.`);
      all.sort((a, b) => a.scores.performance! - b.scores.performance!);
      const median = all[Math.floor(all.length / 2)]!;
      results.push({ ...median, performanceRuns: all.map((r) => r.scores.performance!) });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
