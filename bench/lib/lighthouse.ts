import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, systemChromium } from '../../e2e/browser';

/**
 * Lighthouse in headless Chromium with its default (mobile, simulated
 * throttling) settings. One browser for all pages, pages run one at a time.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export type LighthouseResult = {
  url: string;
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
  /** Audits that lost points, per category, for a failing score's message. */
  failing: Record<Category, string[]>;
  runtimeError?: string;
};

export async function runLighthouse(urls: string[], categories: readonly Category[] = CATEGORIES): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const run = await lighthouse(url, { port: chrome.port, onlyCategories: [...categories], output: 'json', logLevel: 'error' });
      const lhr = run?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
      const scores = {} as LighthouseResult['scores'];
      const failing = {} as LighthouseResult['failing'];
      for (const c of CATEGORIES) {
        const category = lhr.categories[c];
        scores[c] = category?.score == null ? null : Math.round(category.score * 100);
        failing[c] = (category?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id);
      }
      results.push({
        url,
        scores,
        lcpMs: numeric('largest-contentful-paint'),
        cls: numeric('cumulative-layout-shift'),
        tbtMs: numeric('total-blocking-time'),
        failing,
        runtimeError: lhr.runtimeError?.message,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
