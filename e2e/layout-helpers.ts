import { expect, type Locator, type Page } from '@playwright/test';

/** Phone, large phone, tablet and desktop widths every layout assertion runs at. */
export const WIDTHS = [320, 390, 768, 1350] as const;

/** One stable URL per page type, with the variants a layout can break on (sample content in content/). */
export const PAGES = {
  home: '/',
  article: '/world/coastal-cities-flood-data-pact',
  'article without a picture': '/world/black-sea-grain-insurance-talks',
  'opinion article': '/world/night-trains-need-timetables-not-rescues',
  'article with an embed': '/tech-science/lunar-lander-water-ice',
  'live story': '/live/storm-ilse',
  section: '/world',
  'section page 2': '/world/page/2',
  author: '/author/elena-varga',
  tag: '/tag/climate',
  search: '/search?q=climate',
  'search without a query': '/search',
  'search without results': '/search?q=qqqzzzxxx',
  '404': '/no-such-page',
} as const;

export type Box = { x: number; y: number; width: number; height: number };

export async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} is not rendered`);
  return b;
}

/** Waits until every image in `images` has loaded (scrolling lazy ones into view). */
export async function loadImages(images: Locator): Promise<void> {
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  }
}

/** Groups elements into visual rows by their top edge. */
export function rows<T extends { box: Box }>(items: T[]): T[][] {
  const out: T[][] = [];
  for (const item of [...items].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)) {
    const row = out.find((r) => Math.abs(r[0]!.box.y - item.box.y) < 2);
    if (row) row.push(item);
    else out.push([item]);
  }
  return out.map((r) => r.sort((a, b) => a.box.x - b.box.x));
}

/**
 * How much a scroll container's own background changes the pixels along one
 * edge: the mean difference (0-255) between the element as shown and the
 * element with its background removed, over a strip `strip` px wide. An
 * overflow cue (a shade over hidden content) makes it clearly non-zero.
 */
export async function edgeShade(page: Page, el: Locator, side: 'left' | 'right', strip = 8): Promise<number> {
  const shown = await el.screenshot({ animations: 'disabled' });
  const saved = await el.evaluate((e: HTMLElement) => {
    const before = e.style.background;
    e.style.background = 'none';
    return before;
  });
  const bare = await el.screenshot({ animations: 'disabled' });
  await el.evaluate((e: HTMLElement, before) => void (e.style.background = before), saved);
  // Decoded in a blank page of its own: the site's CSP does not allow data: images.
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(
      async ({ a, b, side, strip }) => {
        const pixels = async (b64: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const x = side === 'left' ? 0 : img.width - strip;
          return ctx.getImageData(x, 0, strip, img.height).data;
        };
        const [p, q] = [await pixels(a), await pixels(b)];
        let sum = 0;
        for (let i = 0; i < p.length; i += 4)
          sum += (Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!)) / 3;
        return sum / (p.length / 4);
      },
      { a: shown.toString('base64'), b: bare.toString('base64'), side, strip },
    );
  } finally {
    await scratch.close();
  }
}

/** Scrolls a scroll container to its start or end, without smooth scrolling. */
export async function scrollTo(el: Locator, where: 'start' | 'end'): Promise<void> {
  await el.evaluate((e, w) => {
    e.style.scrollBehavior = 'auto';
    e.scrollLeft = w === 'start' ? 0 : e.scrollWidth;
  }, where);
}

/**
 * Whether a search box's placeholder fits: the same text typed into the box
 * must not scroll it. (Measuring the text alone misses the room Chromium keeps
 * for a search box's clear button.) The value is put back untouched.
 */
export async function placeholderOverflow(input: Locator): Promise<{ client: number; scroll: number }> {
  return input.evaluate((i: HTMLInputElement) => {
    const value = i.value;
    i.value = i.placeholder;
    const size = { client: i.clientWidth, scroll: i.scrollWidth };
    i.value = value;
    return size;
  });
}
