import { expect, test } from '@playwright/test';
import { box, edgeShade, loadImages, PAGES, placeholderOverflow, rows, scrollTo, WIDTHS } from './layout-helpers';

// Layout defects a reader saw (issue 17), each measured in the DOM at phone,
// tablet and desktop widths, so a regression fails here and not in review.

const CARD_RATIO = 4 / 3;

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('no page scrolls sideways', async ({ page }) => {
      for (const [type, path] of Object.entries(PAGES)) {
        await page.goto(path);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
          client: document.documentElement.clientWidth,
        }));
        expect(scroll, `${type} (${path}) is ${scroll} px wide in a ${client} px viewport`).toBeLessThanOrEqual(client);
      }
    });

    test('card pictures keep their 4:3 ratio and are served at a resolution that fits', async ({ page }) => {
      for (const path of [PAGES.home, PAGES.section, PAGES.author, PAGES.tag]) {
        await page.goto(path);
        const images = page.locator('main li article img');
        expect(await images.count(), `${path} has card pictures`).toBeGreaterThan(0);
        await loadImages(images);
        for (const img of await images.all()) {
          const { width: w, height: h } = await box(img);
          expect(
            Math.abs(w / h / CARD_RATIO - 1),
            `${path}: a card picture is ${w.toFixed(0)} × ${h.toFixed(0)} px`,
          ).toBeLessThanOrEqual(0.02);
          // object-fit: cover scales the chosen file by the larger of the two ratios:
          // above 1 it is blown up (blurry), far below 1 it is bytes nobody sees.
          const scale = await img.evaluate(
            (i: HTMLImageElement, [bw, bh]) => Math.max(bw! / i.naturalWidth, bh! / i.naturalHeight),
            [w, h],
          );
          expect(
            scale,
            `${path}: ${await img.evaluate((i: HTMLImageElement) => i.currentSrc)} shown at ${w.toFixed(0)} px`,
          ).toBeLessThanOrEqual(1.01);
          expect(scale).toBeGreaterThanOrEqual(0.35);
        }
      }
    });

    test('the byline has the same space under it with or without a picture', async ({ page }) => {
      for (const path of [PAGES.article, PAGES['article without a picture']]) {
        await page.goto(path);
        const byline = page.locator('main article header address').locator('..');
        const body = page.locator('main .article-body');
        const hero = page.locator('main article > figure');
        const under = (await hero.count()) ? hero : body;
        const gap = (await box(under)).y - ((await box(byline)).y + (await box(byline)).height);
        expect(gap, `${path}: space under the byline`).toBeCloseTo(24, 0);
        if (await hero.count()) {
          const heroBox = await box(hero);
          expect((await box(body)).y - (heroBox.y + heroBox.height), `${path}: space under the picture`).toBeCloseTo(24, 0);
        }
      }
    });

    test('home sections fill every row of their grid', async ({ page }) => {
      await page.goto('/');
      const blocks = page.locator('section[aria-labelledby^="section-"]');
      expect(await blocks.count()).toBeGreaterThan(0);
      for (const block of await blocks.all()) {
        const list = block.locator('ul');
        const edge = await box(list);
        const items = await Promise.all((await list.locator(':scope > li').all()).map(async (li) => ({ box: await box(li) })));
        for (const row of rows(items)) {
          const name = await block.getAttribute('aria-labelledby');
          expect(row[0]!.box.x, `${name}: a row starts at the left edge`).toBeCloseTo(edge.x, 0);
          const last = row.at(-1)!.box;
          expect(last.x + last.width, `${name}: a row of ${row.length} reaches the right edge`).toBeCloseTo(
            edge.x + edge.width,
            0,
          );
        }
      }
    });

    test('"Latest" stacks its cards without holes and spreads the pictures', async ({ page }) => {
      await page.goto('/');
      const cards = page.locator('section[aria-labelledby="latest-heading"] li');
      const items = await Promise.all(
        // The card, not its list item: grid items stretch to the row, hiding a hole inside.
        (await cards.all()).map(async (li) => ({
          box: await box(li.locator('article')),
          pictured: (await li.locator('img').count()) > 0,
        })),
      );
      const columns = new Map<number, typeof items>();
      for (const item of items) columns.set(Math.round(item.box.x), [...(columns.get(Math.round(item.box.x)) ?? []), item]);
      for (const column of columns.values()) {
        column.sort((a, b) => a.box.y - b.box.y);
        for (let i = 1; i < column.length; i++) {
          const hole = column[i]!.box.y - (column[i - 1]!.box.y + column[i - 1]!.box.height);
          expect(hole, `space between two cards in a column`).toBeLessThanOrEqual(32);
        }
      }
      const pictured = items.filter((i) => i.pictured).length;
      if (columns.size > 1 && pictured > 1) {
        const withPictures = [...columns.values()].filter((c) => c.some((i) => i.pictured)).length;
        expect(withPictures, 'pictures are not all in one column').toBeGreaterThan(1);
      }
    });

    test('a search box shows its whole placeholder', async ({ page }) => {
      for (const path of [PAGES.home, PAGES['404'], PAGES.search]) {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        for (const input of await page.locator('form[role="search"] input').all()) {
          const { client, scroll } = await placeholderOverflow(input);
          expect(
            scroll,
            `${path}: "${await input.getAttribute('placeholder')}" needs ${scroll} px, has ${client} px`,
          ).toBeLessThanOrEqual(client);
        }
      }
    });
  });
}

test.describe('overflow shows', () => {
  for (const width of [320, 390]) {
    test(`the section menu and wide tables show there is more to scroll, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(PAGES.article);
      for (const region of [page.locator('nav[aria-label="Sections"] ul'), page.locator('.article-body .table-scroll').first()]) {
        await region.scrollIntoViewIfNeeded();
        const overflows = await region.evaluate((e) => e.scrollWidth > e.clientWidth + 1);
        if (!overflows) continue;
        await scrollTo(region, 'start');
        expect(
          await edgeShade(page, region, 'right'),
          `${region}: a shade at the right edge while more is hidden there`,
        ).toBeGreaterThan(4);
        expect(await edgeShade(page, region, 'left'), `${region}: nothing hidden on the left yet`).toBeLessThan(1);
        await scrollTo(region, 'end');
        expect(await edgeShade(page, region, 'left'), `${region}: scrolled to the end, the shade moves left`).toBeGreaterThan(4);
        expect(await edgeShade(page, region, 'right')).toBeLessThan(1);
      }
    });
  }

  test('the table on a phone overflows at all (so the check above means something)', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(PAGES.article);
    const table = page.locator('.article-body .table-scroll').first();
    expect(await table.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  });
});

test.describe('cards do not repeat what the page already says', () => {
  test('no section label on cards in that section’s own block or front', async ({ page }) => {
    await page.goto('/');
    for (const block of await page.locator('section[aria-labelledby^="section-"]').all()) {
      const more = await block.getByRole('link', { name: /^More / }).getAttribute('href');
      await expect(block.locator(`li a[href="${more}"]`), `${more} block`).toHaveCount(0);
    }
    await page.goto(PAGES.section);
    await expect(page.locator(`main li a[href="${PAGES.section}"]`)).toHaveCount(0);
    // Where stories come from several sections, the label stays.
    await page.goto(PAGES.tag);
    expect(await page.locator('main li article p a[href^="/"]').count()).toBeGreaterThan(0);
  });
});

test.describe('the 404 page', () => {
  test('dates under "Latest stories" all sit on their own line', async ({ page }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(PAGES['404']);
      for (const item of await page.locator('section[aria-labelledby="latest-heading"] li').all()) {
        const title = await box(item.locator('a'));
        const date = await box(item.locator('time'));
        expect(date.y, `${width} px: the date starts below the title`).toBeGreaterThanOrEqual(title.y + title.height - 1);
        expect(date.x, `${width} px: the date starts at the left edge`).toBeCloseTo(title.x, 0);
      }
    }
  });

  test('has a title that says what happened, after hydration too', async ({ page }) => {
    await page.goto(PAGES['404'], { waitUntil: 'networkidle' });
    await expect(page).toHaveTitle('Page not found | The Lantern');
  });
});
