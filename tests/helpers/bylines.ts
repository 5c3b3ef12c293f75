import { joinNames } from '@/lib/content/bylines';

/** A byline as plain text ("Ana Ferreira, Ben Osei and Meridian Newswire"): joinNames() as a reader reads it. */
export function bylineText(names: readonly string[]): string {
  return joinNames(names)
    .map((p) => ('name' in p ? p.name : p.separator))
    .join('');
}
