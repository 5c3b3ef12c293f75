import { site } from '@/lib/site';

type Props = { kicker: string; headline: string; siteName: string };

/**
 * The generated share card, drawn by next/og (satori): inline styles and
 * flexbox only. Long headlines step down in size so they fit.
 */
export function OgCard({ kicker, headline, siteName }: Props) {
  const size = headline.length > 110 ? 52 : headline.length > 70 ? 62 : 74;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: site.brand.masthead,
        color: site.brand.onMasthead,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <div style={{ width: 12, height: 40, background: site.brand.highlight }} />
        <div
          style={{ fontFamily: 'Inter', fontSize: 32, letterSpacing: 3, textTransform: 'uppercase', color: site.brand.highlight }}
        >
          {kicker}
        </div>
      </div>
      <div style={{ display: 'flex', fontFamily: 'Source Serif 4', fontSize: size, lineHeight: 1.12 }}>{headline}</div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          borderTop: '2px solid rgba(255,255,255,0.35)',
          paddingTop: 24,
          fontFamily: 'Source Serif 4',
          fontSize: 36,
        }}
      >
        {siteName}
      </div>
    </div>
  );
}
