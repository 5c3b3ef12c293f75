import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';

/**
 * Intrinsic size of an image under public/, read when contentlayer types the document (its imageSize field), so
 * every <img> carries width and height and nothing shifts as it loads, and
 * its length in bytes, which feed enclosures must state.
 */
export function publicImageSize(
  src: string,
  publicDir = join(process.cwd(), 'public'),
): { width: number; height: number; bytes: number } {
  const file = readFileSync(join(publicDir, src));
  const size = imageSize(file);
  if (!size.width || !size.height) throw new Error(`Cannot read the size of public${src}`);
  return { width: size.width, height: size.height, bytes: file.byteLength };
}
