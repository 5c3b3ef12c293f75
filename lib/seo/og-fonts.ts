import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

type OgFont = { name: string; data: ArrayBuffer; weight: 600 | 700; style: 'normal' };

let fonts: Promise<OgFont[]> | undefined;

async function readFont(file: string): Promise<ArrayBuffer> {
  const buf = await readFile(join(process.cwd(), 'assets/fonts', file));
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

/**
 * The site's fonts for generated images, read from the repository (never
 * fetched). Satori reads WOFF but not WOFF2, hence these static cuts.
 */
export function ogFonts(): Promise<OgFont[]> {
  fonts ??= Promise.all([
    readFont('source-serif-4-latin-700-normal.woff').then((data) => ({
      name: 'Source Serif 4',
      data,
      weight: 700 as const,
      style: 'normal' as const,
    })),
    readFont('source-serif-4-latin-ext-700-normal.woff').then((data) => ({
      name: 'Source Serif 4',
      data,
      weight: 700 as const,
      style: 'normal' as const,
    })),
    readFont('inter-latin-600-normal.woff').then((data) => ({
      name: 'Inter',
      data,
      weight: 600 as const,
      style: 'normal' as const,
    })),
    readFont('inter-latin-ext-600-normal.woff').then((data) => ({
      name: 'Inter',
      data,
      weight: 600 as const,
      style: 'normal' as const,
    })),
  ]);
  return fonts;
}

/**
 * Text limited to what the bundled fonts draw (Latin, Latin-1, Latin
 * Extended, punctuation, currency). For any other glyph next/og would fetch
 * a fallback font from the network at render time, which this site never
 * does; such characters are left out of the card (the page keeps them).
 */
export function ogText(text: string): string {
  return text
    .replace(/[^\u0020-\u024F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u20A0-\u20BF]/gu, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
