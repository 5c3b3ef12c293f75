import { ServerResponse } from 'node:http';

const PATCHED = Symbol.for('lantern.singleLocation');

type Append = ServerResponse['appendHeader'];

/**
 * One Location header per redirect. Next 16.4 sends a redirect rendered by a
 * page (`permanentRedirect`, the article route's old addresses) with its
 * Location header twice when the response is rendered rather than read from
 * the cache: the render sets it on the response, and the cache entry's
 * headers are then appended to the same response (vercel/next.js#95913,
 * open). Browsers accept two identical values, but a proxy or CDN that
 * folds repeated headers turns them into "/a, /a", which they do not.
 *
 * Until Next dedupes, appending a Location equal to the one already set is
 * a no-op; a different value is still appended, so a real conflict stays
 * visible. Installed once per server process (instrumentation.ts).
 */
export function keepOneLocationHeader(proto: { appendHeader: Append } = ServerResponse.prototype): void {
  const original = proto.appendHeader as Append & { [PATCHED]?: true };
  if (original[PATCHED]) return;
  const appendHeader = function (this: ServerResponse, name: string, value: string | readonly string[]) {
    if (name.toLowerCase() === 'location') {
      const current = this.getHeader('location');
      const values = typeof value === 'string' ? [value] : value;
      if (current !== undefined && values.every((v) => v === String(current))) return this;
    }
    return original.call(this, name, value);
  } as Append & { [PATCHED]?: true };
  appendHeader[PATCHED] = true;
  proto.appendHeader = appendHeader;
}
