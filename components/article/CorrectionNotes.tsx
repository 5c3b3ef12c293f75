import type { Correction } from '@/lib/content/types';
import { formatDateTime } from '@/lib/format/date';

export function CorrectionNotes({ corrections }: { corrections: Correction[] }) {
  if (!corrections.length) return null;
  return (
    <section aria-label="Corrections" className="mt-8 border-l-4 border-accent bg-surface p-4 text-sm">
      {corrections.map((c) => (
        <p key={c.date + c.text} className="mt-1 first:mt-0">
          <strong>Correction</strong> (<time dateTime={c.date}>{formatDateTime(c.date)}</time>): {c.text}
        </p>
      ))}
    </section>
  );
}
