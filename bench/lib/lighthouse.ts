import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, systemChromium } from '../../e2e/browser';

/**
 * Lighthouse in headless Chromium with its default (mobile, simulated
 * throttling) settings. One browser for all pages, pages run one at a time.
 *
 * `runs` > 1 is Lighthouse's own advice for performance figures: one run
 * varies by several points with whatever else the machine does, so each page
 * is run that many times and the run with the median performance score is
 * kept. Before the first run every page is loaded once, as a reader or a CDN
 * would have done already: the first request for an image makes Next's
 * optimizer encode it, which would otherwise be timed as the page's LCP.
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
  /** What the `errors-in-console` audit found: where each error came from, and its URL if any. */
  consoleErrors: { source: string; url?: string; description: string }[];
  runtimeError?: string;
};

/** Fetches each page and every local image it refers to, so first-hit encoding is out of the figures. */
async function warm(urls: string[]): Promise<void> {
  for (const url of urls) {
    const html = await (await fetch(url)).text();
    const images = new Set<string>();
    for (const m of html.matchAll(/(?:src|srcSet|srcset|href)="([^"]*\/_next\/image[^"]*)"/g)) {
      for (const part of m[1]!.replace(/&amp;/g, '&').split(',')) images.add(part.trim().split(' ')[0]!);
    }
    for (const src of images) {
      for (const accept of ['image/avif,image/webp,*/*', 'image/webp,*/*']) {
        await fetch(new URL(src, url), { headers: { accept } }).then((r) => r.arrayBuffer());
      }
    }
  }
}

/**
 * `errorPages`: URLs that answer with an error status on purpose (the 404
 * page). Lighthouse refuses to audit those unless told to ignore the status.
 */
export async function runLighthouse(
  urls: string[],
  categories: readonly Category[] = CATEGORIES,
  runs = 1,
  errorPages: ReadonlySet<string> = new Set(),
): Promise<LighthouseResult[]> {
  await warm(urls);
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(url, {
          port: chrome.port,
          onlyCategories: [...categories],
          output: 'json',
          logLevel: 'error',
          ignoreStatusCode: errorPages.has(url),
        });
        if (!run?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
        lhrs.push(run.lhr);
      }
      const byPerformance = lhrs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = byPerformance[Math.floor(byPerformance.length / 2)]!;
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
        consoleErrors: ((lhr.audits['errors-in-console']?.details as { items?: unknown[] } | undefined)?.items ?? []).map(
          (item) => {
            const { source, url, sourceLocation, description } = item as {
              source?: string;
              url?: string;
              sourceLocation?: { url?: string };
              description?: string;
            };
            return { source: String(source ?? ''), url: sourceLocation?.url ?? url, description: String(description ?? '') };
          },
        ),
        runtimeError: lhr.runtimeError?.message,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
