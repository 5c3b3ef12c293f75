import { describe, expect, it } from 'vitest';
import { ogText } from '@/lib/seo/og-fonts';

describe('ogText', () => {
  it('keeps Latin and extended Latin that the bundled fonts draw', () => {
    expect(ogText('Kraków–Košice rail link: “Zürich” €5')).toBe('Kraków–Košice rail link: “Zürich” €5');
  });
  it('drops glyphs that would make next/og fetch a font from the network', () => {
    expect(ogText('Tokyo 東京 summit 🎉 ends')).toBe('Tokyo summit ends');
  });
});
