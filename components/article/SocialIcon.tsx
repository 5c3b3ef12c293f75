import type { SocialLink } from '@/lib/site';

// Simple monochrome marks drawn inline: no icon font, no remote assets.
const paths: Record<SocialLink['icon'], string> = {
  x: 'M4 4l16 16M20 4L4 20',
  facebook: 'M14 8h3V4h-3a4 4 0 0 0-4 4v2H8v4h2v6h4v-6h3l1-4h-4V8z',
  instagram: 'M7 3h10a4 4 0 0 1 4 4v10a4 4 0 0 1-4 4H7a4 4 0 0 1-4-4V7a4 4 0 0 1 4-4zm5 5a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm5-1.5v.01',
  youtube: 'M3 8a3 3 0 0 1 3-3h12a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3V8zm7 1v6l5-3-5-3z',
  linkedin:
    'M4 9h4v11H4V9zm2-5a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm5 5h4v2c.6-1.2 2-2.2 4-2.2 3 0 3.5 2 3.5 4.6V20h-4v-5.5c0-1.3-.3-2.5-1.8-2.5s-1.7 1.2-1.7 2.5V20h-4V9z',
  rss: 'M5 5a14 14 0 0 1 14 14M5 11a8 8 0 0 1 8 8M6 18.5h.01',
};

export function SocialIcon({ icon }: { icon: SocialLink['icon'] }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[icon]} />
    </svg>
  );
}
