import { XMLBuilder } from 'fast-xml-parser';

/**
 * XML through a builder, never string concatenation: it escapes text and
 * attribute values, so a headline with "&" or "<" stays well-formed.
 * Attributes are keys prefixed with "@_".
 */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
  processEntities: true,
});

export function buildXml(root: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root)}`;
}

export const xmlContentType = 'application/xml; charset=utf-8';
