import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert } from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { inSiteRanges, siteCharacters } from '../scripts/fonts/charset';

// The web fonts are subset once (npm run fonts:subset) and committed. These
// checks read the committed files, so a font regenerated with too small a
// character set, or content that needs a character the fonts lack, fails here.

const FONTS = join(process.cwd(), 'assets/fonts');

async function face(file: string) {
  const sfnt = await convert(readFileSync(join(FONTS, file)), 'sfnt');
  const f = new Face(new Blob(sfnt));
  return { unicodes: new Set(f.collectUnicodes()), axes: f.getAxisInfos() };
}

/** Every character in the Markdown of content/ (titles, summaries, bodies, names). */
function contentCharacters(): Set<number> {
  const chars = new Set<number>();
  for (const dir of ['articles', 'authors', 'categories'])
    for (const file of readdirSync(join(process.cwd(), 'content', dir)))
      for (const ch of readFileSync(join(process.cwd(), 'content', dir, file), 'utf8')) chars.add(ch.codePointAt(0)!);
  return chars;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`;

describe('web fonts', () => {
  const used = [...contentCharacters()].filter((cp) => cp >= 0x20);

  it('the character set covers every character the content uses', () => {
    expect(used.filter((cp) => !inSiteRanges(cp)).map(hex)).toEqual([]);
  });

  for (const file of ['source-serif-4-upright-subset.woff2', 'source-serif-4-italic-subset.woff2']) {
    it(`${file} has a glyph for every character the content uses`, async () => {
      const { unicodes } = await face(file);
      expect(used.filter((cp) => !unicodes.has(cp)).map(hex)).toEqual([]);
    });

    it(`${file} holds the site's Latin and nothing else`, async () => {
      const { unicodes } = await face(file);
      // Central European letters are in (the content has them), Greek and Cyrillic are not.
      for (const ch of 'AzéÉčńšőłŁ€–—“”‘’…') expect(unicodes.has(ch.codePointAt(0)!), ch).toBe(true);
      for (const ch of 'ΩЖ') expect(unicodes.has(ch.codePointAt(0)!), ch).toBe(false);
      const outside = [...unicodes].filter((cp) => !inSiteRanges(cp));
      expect(outside.map(hex)).toEqual([]);
      expect(unicodes.size).toBeLessThanOrEqual([...siteCharacters()].length);
    });
  }

  it('the upright is variable from regular to bold, the italic a single regular cut', async () => {
    const upright = await face('source-serif-4-upright-subset.woff2');
    expect(upright.axes.wght).toMatchObject({ min: 400, max: 700 });
    expect(upright.axes.opsz).toBeUndefined();
    const italic = await face('source-serif-4-italic-subset.woff2');
    expect(italic.axes).toEqual({});
  });
});
