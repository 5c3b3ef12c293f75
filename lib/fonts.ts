import localFont from 'next/font/local';

// Fonts ship with the repository (SIL OFL, from Fontsource): the build never
// fetches anything, and the browser loads them from our own origin.
export const serif = localFont({
  src: [{ path: '../assets/fonts/source-serif-4-latin-wght-normal.woff2', style: 'normal', weight: '200 900' }],
  variable: '--font-source-serif',
  display: 'swap',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
  adjustFontFallback: 'Times New Roman',
});

// The italic is a family of its own so that it is not preloaded: little text
// is italic (emphasis and quotes in bodies), and a preloaded 50 KB font
// competes with the hero image for a phone's first bytes (docs/performance.md).
// app/globals.css points italic serif text at it.
export const serifItalic = localFont({
  src: [{ path: '../assets/fonts/source-serif-4-latin-wght-italic.woff2', style: 'italic', weight: '200 900' }],
  variable: '--font-source-serif-italic',
  display: 'swap',
  preload: false,
  fallback: ['Georgia', 'Times New Roman', 'serif'],
  adjustFontFallback: 'Times New Roman',
});

export const sans = localFont({
  src: [{ path: '../assets/fonts/inter-latin-wght-normal.woff2', style: 'normal', weight: '100 900' }],
  variable: '--font-inter',
  display: 'swap',
  fallback: ['system-ui', 'Arial', 'sans-serif'],
  adjustFontFallback: 'Arial',
});
