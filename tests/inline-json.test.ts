import { describe, expect, it } from 'vitest';
import { serializeJsonForScript } from '@/lib/security/inline-json';

const hostile = {
  headline: '</script><script>window.__xss = 1</script>',
  comment: '<!-- <script>',
  cdata: ']]><![CDATA[',
  amp: 'Q&A',
  separators: 'line\u2028para\u2029end',
};

describe('serializeJsonForScript', () => {
  const json = serializeJsonForScript(hostile);

  it('never contains a character that could end or restart the script tag', () => {
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
  });

  it('round-trips to the same data', () => {
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('leaves ordinary JSON as JSON.stringify writes it', () => {
    const plain = { '@type': 'NewsArticle', headline: 'Rates “steady”', n: 1 };
    expect(serializeJsonForScript(plain)).toBe(JSON.stringify(plain));
  });

  it('refuses values JSON cannot represent rather than writing "undefined"', () => {
    expect(() => serializeJsonForScript(undefined)).toThrow(TypeError);
  });
});
