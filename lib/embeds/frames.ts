/**
 * The frame address of each provider's post, video or chart, built from the
 * parts read out of the address an editor wrote (an id, a number, a handle),
 * never copied from it; or why the address names nothing embeddable.
 */

/** A frame address, or the problem with the address, phrased to follow "… is a YouTube address that". */
export type FrameAddress = string | { problem: string };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** "90", "90s", "1m30s", "1h2m3s" → seconds. */
function seconds(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value);
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!m || value === '') return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

export function youtube(url: URL): FrameAddress {
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

export function vimeo(url: URL): FrameAddress {
  const m =
    /^\/(?:video\/|channels\/[\w-]+\/|groups\/[\w-]+\/videos\/)?(\d+)(?:\/([0-9a-f]+))?\/?$/.exec(url.pathname) ?? undefined;
  if (!m) return { problem: 'has no video number' };
  // Unlisted videos need their private hash; dnt=1 stops Vimeo tracking the viewer.
  const hash = m[2] ?? url.searchParams.get('h');
  if (hash !== null && !/^[0-9a-f]+$/.test(hash)) return { problem: 'has a private-link hash that is not valid' };
  return `https://player.vimeo.com/video/${m[1]}?dnt=1${hash ? `&h=${hash}` : ''}`;
}

export function twitter(url: URL): FrameAddress {
  const m = /^\/(?:[A-Za-z0-9_]{1,15}|i\/web|i)\/status(?:es)?\/(\d{1,20})(?:\/(?:photo|video)\/\d)?\/?$/.exec(url.pathname);
  if (!m) return { problem: 'is not the address of a post' };
  return `https://platform.twitter.com/embed/Tweet.html?id=${m[1]}&dnt=true`;
}

export function instagram(url: URL): FrameAddress {
  const m = /^\/(?:[\w.]+\/)?(?:p|reel|reels|tv)\/([A-Za-z0-9_-]{5,40})\/?$/.exec(url.pathname);
  if (!m) return { problem: 'is not the address of a post or reel' };
  return `https://www.instagram.com/p/${m[1]}/embed/`;
}

// A handle is a domain name; a DID is did:plc:… or did:web:….
const BLUESKY_ACTOR = /^(?:did:(?:plc|web):[A-Za-z0-9._:%-]+|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,})$/;

export function bluesky(url: URL): FrameAddress {
  const m = /^\/profile\/([^/]+)\/post\/([A-Za-z0-9._~:-]{1,512})\/?$/.exec(url.pathname);
  const actor = m ? decodeURIComponent(m[1]!) : '';
  if (!m || !BLUESKY_ACTOR.test(actor)) return { problem: 'is not the address of a post' };
  return `https://embed.bsky.app/embed/${actor}/app.bsky.feed.post/${m[2]}`;
}

export function mastodon(url: URL): FrameAddress {
  const m =
    /^\/@([A-Za-z0-9_]+(?:@[A-Za-z0-9.-]+)?)\/(\d{1,20})\/?$/.exec(url.pathname) ??
    /^\/users\/([A-Za-z0-9_]+)\/statuses\/(\d{1,20})\/?$/.exec(url.pathname);
  if (!m) return { problem: 'is not the address of a post' };
  return `https://${url.hostname}/@${m[1]}/${m[2]}/embed`;
}

export function datawrapper(url: URL): FrameAddress {
  const m =
    url.hostname === 'datawrapper.dwcdn.net'
      ? /^\/([A-Za-z0-9]{5})(?:\/(\d{1,4}))?\/?$/.exec(url.pathname)
      : /^\/_\/([A-Za-z0-9]{5})\/?$/.exec(url.pathname);
  if (!m) return { problem: 'has no chart id' };
  return `https://datawrapper.dwcdn.net/${m[1]}/${m[2] ? `${m[2]}/` : ''}`;
}

export function flourish(url: URL): FrameAddress {
  const m = /^\/(visualisation|story)\/(\d{1,12})\/?(?:embed)?$/.exec(url.pathname);
  if (!m) return { problem: 'has no visualisation or story number' };
  return `https://flo.uri.sh/${m[1]}/${m[2]}/embed`;
}
