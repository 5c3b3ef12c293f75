const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for an inline <script> (JSON-LD, page data). JSON.stringify alone lets
 * a headline containing "</script><script>..." end the tag early; escaping
 * <, > and & as \u sequences keeps the same data and can never close a tag,
 * open a comment or start a CDATA section. U+2028/2029 are escaped for old
 * JavaScript parsers that treat them as line ends.
 */
export function serializeJsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('serializeJsonForScript: value is not serializable as JSON');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c] ?? c);
}
