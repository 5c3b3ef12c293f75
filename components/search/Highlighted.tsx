import { Fragment } from 'react';
import type { Segment } from '@/lib/search/snippet';

/** Text with the matched words in <mark>, rendered as React text: never parsed as HTML. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}</>;
}
