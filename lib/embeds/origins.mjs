// @ts-check
// Plain JavaScript so that lib/security/headers.mjs (read by next.config.js)
// and the embed island share one list; types in origins.d.mts.

/**
 * Mastodon is federated: every server has its own address. Posts from these
 * servers become embeds; a post on any other server stays a plain link.
 * A server added here is allowed in the CSP's frame-src as well.
 */
export const mastodonServers = ['mastodon.social', 'mastodon.online', 'mstdn.social', 'journa.host', 'newsie.social'];

/**
 * Every origin an embed's frame may load from, and nothing else: the CSP's
 * frame-src is exactly this list, and the island refuses any other address.
 * YouTube is its privacy-enhanced host.
 */
export const embedFrameOrigins = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
  'https://platform.twitter.com',
  'https://www.instagram.com',
  'https://embed.bsky.app',
  ...mastodonServers.map((server) => `https://${server}`),
  'https://datawrapper.dwcdn.net',
  'https://flo.uri.sh',
];

/**
 * Whether a frame address is on one of the embed origins (https only).
 * @param {string} src
 */
export function isEmbedFrameUrl(src) {
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && embedFrameOrigins.includes(url.origin);
  } catch {
    return false;
  }
}
