import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/** Parses XML after checking it is well-formed; repeated elements always come back as arrays. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML is untyped; the assertions check its shape
export type Parsed = Record<string, any>;

export function parseXml(xml: string, arrays: string[] = []): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => arrays.includes(name) }).parse(
    xml,
  );
}
