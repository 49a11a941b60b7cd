/**
 * Lighthouse (its default: a mid-range phone on a slow connection) on a few pages of a locally
 * served site, with the system's Chromium. Returns the four category scores and, for a category
 * under 100, the audits that cost points.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export interface LighthouseResult {
  url: string;
  scores: Record<string, number>;
  /** Audits that failed, per category under 100: "id: title". */
  lost: Record<string, string[]>;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(chromePath: string, urls: string[]): Promise<LighthouseResult[]> {
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
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!run) throw new Error(`Lighthouse ga ikke noe resultat for ${url}`);
      const { categories, audits } = run.lhr;
      const scores: Record<string, number> = {};
      const lost: Record<string, string[]> = {};
      for (const id of CATEGORIES) {
        const category = categories[id]!;
        scores[id] = Math.round((category.score ?? 0) * 100);
        if (scores[id] === 100) continue;
        lost[id] = category.auditRefs
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map(
            (ref) => `${ref.id}: ${audits[ref.id]!.title} (${audits[ref.id]!.displayValue ?? audits[ref.id]!.score})`,
          );
      }
      results.push({ url, scores, lost });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
