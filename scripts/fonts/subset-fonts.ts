/**
 * `npm run fonts:subset`: writes the site's web fonts (assets/fonts/*-subset.woff2)
 * from Adobe's Source Serif 4 variable fonts (SIL OFL), subset to the
 * characters in scripts/fonts/charset.ts and the features the site uses.
 *
 * - Upright: variable, weight axis cut to 400-700 (body text and headlines;
 *   the site uses no other weight), optical size fixed at its default.
 * - Italic: one static cut at 400. Italic is only emphasis and quotes in
 *   article bodies; bold italic is synthesised by the browser. A variable
 *   italic would add 16 KB to every article that has one quote.
 *
 * The source fonts are 780 KB and only needed here, so they are not a
 * dependency: install them for the run with
 *   npm install --no-save source-serif@4.5.1
 * The output is committed; the build never subsets or fetches anything.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { KEPT_FEATURES, siteCharacters } from './charset';

const SOURCE = join(process.cwd(), 'node_modules/source-serif/WOFF2/VAR');
const OUT = join(process.cwd(), 'assets/fonts');

const faces = [
  {
    source: 'SourceSerif4Variable-Roman.ttf.woff2',
    out: 'source-serif-4-upright-subset.woff2',
    axes: { wght: { min: 400, max: 700 }, opsz: 20 },
  },
  { source: 'SourceSerif4Variable-Italic.ttf.woff2', out: 'source-serif-4-italic-subset.woff2', axes: { wght: 400, opsz: 20 } },
];

if (!existsSync(SOURCE)) {
  console.error(`No source fonts in ${SOURCE}.\nInstall them for this run: npm install --no-save source-serif@4.5.1`);
  process.exit(1);
}
const text = siteCharacters();
for (const face of faces) {
  const subset = await subsetFont(readFileSync(join(SOURCE, face.source)), text, {
    targetFormat: 'woff2',
    keepFeatures: [...KEPT_FEATURES],
    variationAxes: face.axes,
  });
  writeFileSync(join(OUT, face.out), subset);
  console.log(`${face.out}: ${(subset.length / 1024).toFixed(1)} KB`);
}
