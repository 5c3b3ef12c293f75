import { mastodonServers } from './origins.mjs';

/**
 * The embed providers: which addresses are theirs, and the one frame address
 * each post, video or chart has. A frame address is always built from the
 * parts read here (an id, a number, a handle), never copied from what the
 * editor wrote, so an embed can only ever load the provider's own embed page.
 */

export type EmbedKind = 'video' | 'post' | 'chart';

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
export type EmbedProblem = { provider: string; name: string; message: string; fix: string };

export type EmbedMatch = { embed: Embed } | { problem: EmbedProblem };

type Parsed = string | { problem: string };

type Provider = {
  id: string;
  name: string;
  kind: EmbedKind;
  hosts: readonly string[];
  /** The frame address for an address on one of `hosts`, or why there is none. */
  frame: (url: URL) => Parsed;
  /** What a good address looks like, for the fix. */
  example: string;
};

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** "90", "90s", "1m30s", "1h2m3s" → seconds. */
function seconds(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value);
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!m || value === '') return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

function youtube(url: URL): Parsed {
  const path = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (url.hostname === 'youtu.be') id = path.length === 1 ? path[0] : undefined;
  else if (path[0] === 'watch' && path.length === 1) id = url.searchParams.get('v') ?? undefined;
  else if (['embed', 'shorts', 'live', 'v'].includes(path[0] ?? '') && path.length === 2) id = path[1];
  if (!id || !YOUTUBE_ID.test(id)) return { problem: 'has no video id' };
  const start = url.searchParams.get('t') ?? url.searchParams.get('start');
  const at = start === null ? 0 : seconds(start);
  if (at === undefined) return { problem: `has a start time ("${start}") that is not a time` };
  return `https://www.youtube-nocookie.com/embed/${id}${at ? `?start=${at}` : ''}`;
}

function vimeo(url: URL): Parsed {
  const m =
    /^\/(?:video\/|channels\/[\w-]+\/|groups\/[\w-]+\/videos\/)?(\d+)(?:\/([0-9a-f]+))?\/?$/.exec(url.pathname) ?? undefined;
  if (!m) return { problem: 'has no video number' };
  // Unlisted videos need their private hash; dnt=1 stops Vimeo tracking the viewer.
  const hash = m[2] ?? url.searchParams.get('h');
  if (hash !== null && !/^[0-9a-f]+$/.test(hash)) return { problem: 'has a private-link hash that is not valid' };
  return `https://player.vimeo.com/video/${m[1]}?dnt=1${hash ? `&h=${hash}` : ''}`;
}

function twitter(url: URL): Parsed {
  const m = /^\/(?:[A-Za-z0-9_]{1,15}|i\/web|i)\/status(?:es)?\/(\d{1,20})(?:\/(?:photo|video)\/\d)?\/?$/.exec(url.pathname);
  if (!m) return { problem: 'is not the address of a post' };
  return `https://platform.twitter.com/embed/Tweet.html?id=${m[1]}&dnt=true`;
}

function instagram(url: URL): Parsed {
  const m = /^\/(?:[\w.]+\/)?(?:p|reel|reels|tv)\/([A-Za-z0-9_-]{5,40})\/?$/.exec(url.pathname);
  if (!m) return { problem: 'is not the address of a post or reel' };
  return `https://www.instagram.com/p/${m[1]}/embed/`;
}

// A handle is a domain name; a DID is did:plc:… or did:web:….
const BLUESKY_ACTOR = /^(?:did:(?:plc|web):[A-Za-z0-9._:%-]+|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,})$/;

function bluesky(url: URL): Parsed {
  const m = /^\/profile\/([^/]+)\/post\/([A-Za-z0-9._~:-]{1,512})\/?$/.exec(url.pathname);
  const actor = m ? decodeURIComponent(m[1]!) : '';
  if (!m || !BLUESKY_ACTOR.test(actor)) return { problem: 'is not the address of a post' };
  return `https://embed.bsky.app/embed/${actor}/app.bsky.feed.post/${m[2]}`;
}

function mastodon(url: URL): Parsed {
  const m =
    /^\/@([A-Za-z0-9_]+(?:@[A-Za-z0-9.-]+)?)\/(\d{1,20})\/?$/.exec(url.pathname) ??
    /^\/users\/([A-Za-z0-9_]+)\/statuses\/(\d{1,20})\/?$/.exec(url.pathname);
  if (!m) return { problem: 'is not the address of a post' };
  return `https://${url.hostname}/@${m[1]}/${m[2]}/embed`;
}

function datawrapper(url: URL): Parsed {
  const m =
    url.hostname === 'datawrapper.dwcdn.net'
      ? /^\/([A-Za-z0-9]{5})(?:\/(\d{1,4}))?\/?$/.exec(url.pathname)
      : /^\/_\/([A-Za-z0-9]{5})\/?$/.exec(url.pathname);
  if (!m) return { problem: 'has no chart id' };
  return `https://datawrapper.dwcdn.net/${m[1]}/${m[2] ? `${m[2]}/` : ''}`;
}

function flourish(url: URL): Parsed {
  const m = /^\/(visualisation|story)\/(\d{1,12})\/?(?:embed)?$/.exec(url.pathname);
  if (!m) return { problem: 'has no visualisation or story number' };
  return `https://flo.uri.sh/${m[1]}/${m[2]}/embed`;
}

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
