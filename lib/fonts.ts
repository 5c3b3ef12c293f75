import localFont from 'next/font/local';

// One family ships: Source Serif 4 (SIL OFL), subset by scripts/fonts/subset-fonts.ts
// to the Latin characters and the features the site uses, and served from our
// own origin. Sans-serif text (navigation, labels, summaries) uses the
// reader's system interface font: no bytes, no swap (docs/decisions/030-fonts-one-subset-serif.md).
//
// next/font names each family after its variable. A family called `serif`
// (as these once were) is the CSS generic keyword: its metric-matched
// fallback face, `serif Fallback`, is invalid CSS and was silently dropped,
// so the swap moved text. e2e/fonts.spec.ts checks the fallbacks are live.
export const sourceSerif = localFont({
  src: [{ path: '../assets/fonts/source-serif-4-upright-subset.woff2', style: 'normal', weight: '400 700' }],
  variable: '--font-source-serif',
  display: 'swap',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
  adjustFontFallback: 'Times New Roman',
});

// The italic is a family of its own so that it is not preloaded: little text
// is italic (emphasis and quotes in bodies), and a preloaded font competes
// with the hero image for a phone's first bytes (docs/performance.md).
// app/globals.css points italic serif text at it. One weight: bold italic
// is rare enough for the browser to synthesise.
export const sourceSerifItalic = localFont({
  src: [{ path: '../assets/fonts/source-serif-4-italic-subset.woff2', style: 'italic', weight: '400' }],
  variable: '--font-source-serif-italic',
  display: 'swap',
  preload: false,
  fallback: ['Georgia', 'Times New Roman', 'serif'],
  adjustFontFallback: 'Times New Roman',
});
