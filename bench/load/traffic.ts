import { getRepository } from '../../lib/content/default-repository';

/** Search terms an attacker or a fuzzer would send. */
export const hostileQueries = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  '../../../../etc/passwd',
  '%00%0d%0a',
  '\u0000\u0001\u0002',
  '*'.repeat(200),
  'a'.repeat(2000),
  '((((((((((((((((((((',
  '\\'.repeat(100),
  '${7*7}{{7*7}}',
  'ÿ\uD83D\uDE00\u202E',
];

const words = ['climate', 'election', 'housing', 'water', 'ai', 'rates', 'school', 'flood', 'music', 'energy', 'zzqx'];

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

export type Mix = { name: string; weight: number; path: () => string }[];

/** The mixed traffic: what readers, crawlers and attackers ask for, by share. */
export async function trafficMix(): Promise<Mix> {
  const repo = await getRepository();
  const articles = (await repo.latest(1000, new Date())).map((a) => a.path);
  const sections = (await repo.categories()).map((c) => c.path);
  return [
    { name: 'article', weight: 40, path: () => pick(articles) },
    { name: 'home', weight: 12, path: () => '/' },
    { name: 'section', weight: 10, path: () => pick(sections) },
    { name: 'search page', weight: 10, path: () => `/search?q=${encodeURIComponent(pick(words))}` },
    { name: 'search api', weight: 8, path: () => `/api/search?q=${encodeURIComponent(pick(words))}` },
    {
      name: 'hostile search',
      weight: 8,
      path: () => `/${pick(['search', 'api/search'])}?q=${encodeURIComponent(pick(hostileQueries))}`,
    },
    {
      name: '404',
      weight: 12,
      path: () =>
        pick([
          '/no-such-page',
          `/world/missing-${Math.random().toString(36).slice(2)}`,
          '/..%2f..%2fetc%2fpasswd',
          '/author/nobody',
        ]),
    },
  ];
}

export function nextPath(mix: Mix): string {
  const total = mix.reduce((sum, m) => sum + m.weight, 0);
  let roll = Math.random() * total;
  for (const m of mix) {
    roll -= m.weight;
    if (roll < 0) return m.path();
  }
  return mix[0]!.path();
}
