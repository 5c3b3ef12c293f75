import { bluesky, datawrapper, flourish, instagram, mastodon, twitter, vimeo, youtube, type FrameAddress } from './frames';
import { mastodonServers } from './origins.mjs';

/**
 * The embed providers: which addresses are theirs, and the one frame address
 * each post, video or chart has (./frames.ts). A frame address is always
 * built from the parts read from the editor's address, never copied from it,
 * so an embed can only ever load the provider's own embed page.
 */

type EmbedKind = 'video' | 'post' | 'chart';

export type Embed = {
  /** Provider id, e.g. "youtube". */
  provider: string;
  /** Provider name as readers know it, e.g. "YouTube". */
  name: string;
  kind: EmbedKind;
  /** The provider's embed page for this item (an origin in lib/embeds/origins.mjs). */
  frameSrc: string;
};

/** A known provider's address that names nothing embeddable, phrased for the editor. */
type EmbedProblem = { provider: string; name: string; message: string; fix: string };

export type EmbedMatch = { embed: Embed } | { problem: EmbedProblem };

type Provider = {
  id: string;
  name: string;
  kind: EmbedKind;
  hosts: readonly string[];
  /** The frame address for an address on one of `hosts`, or why there is none. */
  frame: (url: URL) => FrameAddress;
  /** What a good address looks like, for the fix. */
  example: string;
};

export const providers: readonly Provider[] = [
  {
    id: 'youtube',
    name: 'YouTube',
    kind: 'video',
    hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'youtube-nocookie.com', 'www.youtube-nocookie.com'],
    frame: youtube,
    example: 'https://www.youtube.com/watch?v=aBcDeFgHiJk',
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    kind: 'video',
    hosts: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'],
    frame: vimeo,
    example: 'https://vimeo.com/123456789',
  },
  {
    id: 'x',
    name: 'X',
    kind: 'post',
    hosts: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'mobile.x.com'],
    frame: twitter,
    example: 'https://x.com/handle/status/1234567890123456789',
  },
  {
    id: 'instagram',
    name: 'Instagram',
    kind: 'post',
    hosts: ['instagram.com', 'www.instagram.com'],
    frame: instagram,
    example: 'https://www.instagram.com/p/C1a2B3c4D5e/',
  },
  {
    id: 'bluesky',
    name: 'Bluesky',
    kind: 'post',
    hosts: ['bsky.app'],
    frame: bluesky,
    example: 'https://bsky.app/profile/handle.bsky.social/post/3l3orwsydyc24',
  },
  {
    id: 'mastodon',
    name: 'Mastodon',
    kind: 'post',
    hosts: mastodonServers,
    frame: mastodon,
    example: 'https://mastodon.social/@handle/113456789012345678',
  },
  {
    id: 'datawrapper',
    name: 'Datawrapper',
    kind: 'chart',
    hosts: ['datawrapper.dwcdn.net', 'www.datawrapper.de', 'datawrapper.de'],
    frame: datawrapper,
    example: 'https://datawrapper.dwcdn.net/aB1cD/1/',
  },
  {
    id: 'flourish',
    name: 'Flourish',
    kind: 'chart',
    hosts: ['public.flourish.studio', 'flo.uri.sh'],
    frame: flourish,
    example: 'https://public.flourish.studio/visualisation/1234567/',
  },
];

const byHost = new Map(providers.flatMap((p) => p.hosts.map((h) => [h, p] as const)));

const noun: Record<EmbedKind, string> = { video: 'video', post: 'post', chart: 'chart' };

/**
 * What an address embeds: an embed, a problem (a known provider's address
 * that names nothing embeddable), or undefined for anything else, which
 * stays an ordinary link.
 */
export function matchEmbed(href: string): EmbedMatch | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const provider = byHost.get(url.hostname);
  if (!provider) return undefined;
  const frame = provider.frame(url);
  if (typeof frame === 'string')
    return { embed: { provider: provider.id, name: provider.name, kind: provider.kind, frameSrc: frame } };
  return {
    problem: {
      provider: provider.id,
      name: provider.name,
      message: `"${href}" is a ${provider.name} address that ${frame.problem}, so it cannot be embedded.`,
      fix: `use the address of one ${noun[provider.kind]}, like ${provider.example}; to link to it without embedding, put the link inside a sentence.`,
    },
  };
}

/** "video", "post" or "chart": what the facade's button offers to show. */
export function embedNoun(kind: EmbedKind): string {
  return noun[kind];
}
