import { serializeJsonForScript } from '@/lib/security/inline-json';

/**
 * Structured data for search engines. Always go through this component, never
 * JSON.stringify into a script: article text must not be able to end the tag.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonForScript(data) }} />;
}
