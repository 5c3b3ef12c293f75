import localFont from 'next/font/local';

// Fonts ship with the repository (SIL OFL, from Fontsource): the build never
// fetches anything, and the browser loads them from our own origin.
export const serif = localFont({
  src: [
    { path: '../assets/fonts/source-serif-4-latin-wght-normal.woff2', style: 'normal', weight: '200 900' },
    { path: '../assets/fonts/source-serif-4-latin-wght-italic.woff2', style: 'italic', weight: '200 900' },
  ],
  variable: '--font-source-serif',
  display: 'swap',
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
