import type { Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '@/lib/seo/json-ld';

type Props = { data: WithContext<Thing> | WithContext<Thing>[] };

/** One <script type="application/ld+json"> per document, escaped so content cannot end the element. */
export function JsonLd({ data }: Props) {
  const docs = Array.isArray(data) ? data : [data];
  return (
    <>
      {docs.map((doc, i) => (
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(doc) }} />
      ))}
    </>
  );
}
