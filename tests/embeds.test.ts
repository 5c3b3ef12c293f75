import { describe, expect, it } from 'vitest';
import { renderMarkdownSync } from '@/lib/content/markdown';
import { checkEmbeds } from '@/lib/content/validation/embeds';
import { parseSourceFile } from '@/lib/content/validation/source-file';
import { embedFrameOrigins, isEmbedFrameUrl, mastodonServers } from '@/lib/embeds/origins.mjs';
import { matchEmbed, providers } from '@/lib/embeds/providers';

const frame = (href: string) => {
  const match = matchEmbed(href);
  return match && 'embed' in match ? match.embed.frameSrc : match;
};
const problem = (href: string) => {
  const match = matchEmbed(href);
  return match && 'problem' in match ? match.problem.message : match;
};

describe('embed providers', () => {
  it.each([
    ['https://www.youtube.com/watch?v=aBcDeFgHiJk', 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk'],
    ['https://youtu.be/aBcDeFgHiJk?t=90', 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?start=90'],
    ['https://m.youtube.com/watch?v=aBcDeFgHiJk&t=1m5s', 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?start=65'],
    ['https://www.youtube.com/shorts/aBcDeFgHiJk', 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk'],
    ['https://www.youtube.com/embed/aBcDeFgHiJk', 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk'],
    ['https://vimeo.com/123456789', 'https://player.vimeo.com/video/123456789?dnt=1'],
    ['https://vimeo.com/123456789/abc123def4', 'https://player.vimeo.com/video/123456789?dnt=1&h=abc123def4'],
    ['https://vimeo.com/channels/staffpicks/123456789', 'https://player.vimeo.com/video/123456789?dnt=1'],
    [
      'https://x.com/lantern/status/1234567890123456789',
      'https://platform.twitter.com/embed/Tweet.html?id=1234567890123456789&dnt=true',
    ],
    ['https://twitter.com/lantern/status/42?s=20', 'https://platform.twitter.com/embed/Tweet.html?id=42&dnt=true'],
    ['https://www.instagram.com/p/C1a2B3c4D5e/', 'https://www.instagram.com/p/C1a2B3c4D5e/embed/'],
    ['https://instagram.com/reel/C1a2B3c4D5e', 'https://www.instagram.com/p/C1a2B3c4D5e/embed/'],
    [
      'https://bsky.app/profile/desk.example.org/post/3l3orwsydyc24',
      'https://embed.bsky.app/embed/desk.example.org/app.bsky.feed.post/3l3orwsydyc24',
    ],
    [
      'https://bsky.app/profile/did:plc:ru4uwws7zdxrncwr2a4jhask/post/3l3orwsydyc24',
      'https://embed.bsky.app/embed/did:plc:ru4uwws7zdxrncwr2a4jhask/app.bsky.feed.post/3l3orwsydyc24',
    ],
    ['https://mastodon.social/@desk/113456789012345678', 'https://mastodon.social/@desk/113456789012345678/embed'],
    ['https://journa.host/@desk@example.org/1134567', 'https://journa.host/@desk@example.org/1134567/embed'],
    ['https://datawrapper.dwcdn.net/aB1cD/3/', 'https://datawrapper.dwcdn.net/aB1cD/3/'],
    ['https://www.datawrapper.de/_/aB1cD/', 'https://datawrapper.dwcdn.net/aB1cD/'],
    ['https://public.flourish.studio/visualisation/1234567/', 'https://flo.uri.sh/visualisation/1234567/embed'],
    ['https://public.flourish.studio/story/98765/', 'https://flo.uri.sh/story/98765/embed'],
  ])('%s embeds %s', (href, src) => {
    expect(frame(href)).toBe(src);
  });

  it.each([
    ['https://www.youtube.com/watch', 'YouTube address that has no video id'],
    ['https://www.youtube.com/@lantern', 'has no video id'],
    ['https://youtu.be/short', 'has no video id'],
    ['https://www.youtube.com/watch?v=aBcDeFgHiJk&t=soon', 'start time ("soon") that is not a time'],
    ['https://vimeo.com/about', 'has no video number'],
    ['https://x.com/lantern', 'X address that is not the address of a post'],
    ['https://www.instagram.com/lantern/', 'is not the address of a post or reel'],
    ['https://bsky.app/profile/desk.example.org', 'is not the address of a post'],
    ['https://mastodon.social/@desk', 'is not the address of a post'],
    ['https://datawrapper.dwcdn.net/', 'has no chart id'],
    ['https://public.flourish.studio/visualisation/', 'has no visualisation or story number'],
  ])('%s is a malformed provider address', (href, message) => {
    expect(problem(href)).toContain(message);
  });

  it.each([
    'https://example.org/watch?v=aBcDeFgHiJk',
    'https://youtube.com.evil.example/watch?v=aBcDeFgHiJk',
    'https://mastodon.example/@desk/113456789012345678',
    'javascript:alert(1)//youtube.com',
    '/world/some-story',
    'not a url',
  ])('%s belongs to no known provider', (href) => {
    expect(matchEmbed(href)).toBeUndefined();
  });

  it('builds every frame address on a listed origin, and lists no origin that no provider uses', () => {
    const samples = [
      'https://youtu.be/aBcDeFgHiJk',
      'https://vimeo.com/1',
      'https://x.com/a/status/1',
      'https://www.instagram.com/p/C1a2B3c4D5e/',
      'https://bsky.app/profile/a.example.org/post/3l3orwsydyc24',
      ...mastodonServers.map((s) => `https://${s}/@a/1`),
      'https://datawrapper.dwcdn.net/aB1cD/',
      'https://public.flourish.studio/visualisation/1/',
    ];
    const used = new Set(samples.map((href) => new URL(frame(href) as string).origin));
    expect([...used].sort()).toEqual([...embedFrameOrigins].sort());
    expect(new Set(providers.map((p) => p.id)).size).toBe(8);
  });

  it('YouTube frames come from the privacy-enhanced host only', () => {
    expect(embedFrameOrigins.filter((o) => /youtube/.test(o))).toEqual(['https://www.youtube-nocookie.com']);
  });

  it.each([
    ['https://www.youtube-nocookie.com/embed/aBcDeFgHiJk', true],
    ['http://www.youtube-nocookie.com/embed/aBcDeFgHiJk', false],
    ['https://www.youtube-nocookie.com.evil.example/embed/x', false],
    ['https://www.youtube.com/embed/aBcDeFgHiJk', false],
    ['javascript:alert(1)', false],
    ['', false],
  ])('isEmbedFrameUrl(%s) is %s', (src, ok) => {
    expect(isEmbedFrameUrl(src)).toBe(ok);
  });
});

describe('the embed transform', () => {
  const body = (md: string) => renderMarkdownSync(md, { embeds: true });

  it('turns a line holding only a provider URL into a facade with no frame and nothing that loads by itself', () => {
    const html = body('Before.\n\nhttps://www.youtube.com/watch?v=aBcDeFgHiJk\n\nAfter.');
    expect(html).toContain('<figure class="embed embed-video" data-embed="youtube">');
    expect(html).toContain('<p class="embed-provider">YouTube</p>');
    expect(html).toContain(
      '<a href="https://www.youtube.com/watch?v=aBcDeFgHiJk" rel="noopener noreferrer external">https://www.youtube.com/watch?v=aBcDeFgHiJk</a>',
    );
    expect(html).toContain('data-embed-src="https://www.youtube-nocookie.com/embed/aBcDeFgHiJk"');
    expect(html).toMatch(/<button type="button" class="embed-load"[^>]*>Show video<\/button>/);
    expect(html).not.toMatch(/<iframe|<script|<img|\ssrc=|srcset=|<link/);
  });

  it('titles the facade with the link text of a [text](url) line, typeset like the body', () => {
    const html = body("[The council's vote, live](https://bsky.app/profile/desk.example.org/post/3l3orwsydyc24)");
    expect(html).toContain('<p class="embed-provider">Bluesky</p>');
    expect(html).toContain('>The council’s vote, live</a>');
    expect(html).toContain('data-embed-title="Bluesky post: The council’s vote, live"');
    expect(html).toContain('aria-label="Show post: The council’s vote, live (Bluesky)"');
  });

  it.each([
    ['a link inside a sentence', 'Watch https://youtu.be/aBcDeFgHiJk now.'],
    ['a link in a list', '- https://youtu.be/aBcDeFgHiJk'],
    ['a link in a quote', '> https://youtu.be/aBcDeFgHiJk'],
    ['an unknown provider', 'https://video.example.org/watch?v=aBcDeFgHiJk'],
    ['a malformed provider address', 'https://www.youtube.com/@lantern'],
  ])('leaves %s a plain link', (_name, md) => {
    const html = body(md);
    expect(html).not.toContain('embed');
    expect(html).toContain('<a href="http');
  });

  it('escapes and sanitizes hostile link text and cannot be forged with raw HTML', () => {
    const html = body(
      [
        '[<img src=x onerror=alert(1)>"><script>alert(1)</script>](https://youtu.be/aBcDeFgHiJk)',
        '<figure class="embed"><div class="embed-box"><button class="embed-load" data-embed-src="https://evil.example/">Show video</button></div></figure>',
        '<p><a href="https://youtu.be/aBcDeFgHiJk" onclick="alert(1)">raw</a></p>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<script|onerror|onclick|<img|evil\.example/);
    expect(html.match(/data-embed-src="([^"]*)"/g)).toEqual([
      'data-embed-src="https://www.youtube-nocookie.com/embed/aBcDeFgHiJk"',
      'data-embed-src="https://www.youtube-nocookie.com/embed/aBcDeFgHiJk"',
    ]);
  });

  it('is for article bodies only: other Markdown keeps provider links as links', () => {
    expect(renderMarkdownSync('https://youtu.be/aBcDeFgHiJk')).not.toContain('embed');
  });
});

describe('content check for embeds', () => {
  const article = (body: string) =>
    parseSourceFile(
      'content/articles/x.md',
      `---\ntitle: "T"\nsummary: "S"\ndate: 2026-01-01T00:00:00Z\ncategory: world\nauthor: a\n---\n\nIntro.\n\n${body}\n`,
      'article',
    );

  it('reports a malformed provider address on its own line as an error with file and line', () => {
    const problems = checkEmbeds(article('Para.\n\nhttps://www.youtube.com/watch?list=PL123\n\nMore.'));
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'content/articles/x.md',
        line: 13,
        field: 'body',
        message: expect.stringContaining('YouTube address that has no video id'),
        fix: expect.stringContaining('https://www.youtube.com/watch?v='),
      }),
    ]);
  });

  it('accepts good embeds, unknown providers and provider links inside sentences', () => {
    expect(
      checkEmbeds(
        article(
          'https://youtu.be/aBcDeFgHiJk\n\nhttps://video.example.org/x\n\nSee [the channel](https://www.youtube.com/@lantern).\n\n```\nhttps://www.youtube.com/watch\n```',
        ),
      ),
    ).toEqual([]);
  });

  it('ignores author files', () => {
    const bio = parseSourceFile('content/authors/a.md', '---\nname: "A"\n---\n\nhttps://www.youtube.com/watch\n', 'author');
    expect(checkEmbeds(bio)).toEqual([]);
  });
});
