/**
 * The flood, in a process of its own so that it does not share an event loop
 * with the client that measures the article: `tsx bench/flood/client.ts
 * <base url> <connections>`. Every request is a different search (results
 * page and search box, words and phrases from the search benchmark, each
 * with a random suffix so no cache can absorb them). It prints "ready" once
 * the first answer arrives, floods until it receives SIGTERM, then prints its
 * statuses as JSON.
 */
import autocannon from 'autocannon';
import { benchQueries } from '../search/queries';

const [base, connections = '50'] = process.argv.slice(2);
const words = benchQueries().map((q) => q.q);
const pick = () => words[Math.floor(Math.random() * words.length)]!;
const query = () => encodeURIComponent(`${pick()} ${Math.random().toString(36).slice(2, 6)}`);

const instance = autocannon(
  {
    url: base!,
    connections: Number(connections),
    duration: 3600,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: Math.random() < 0.7 ? `/search?q=${query()}` : `/api/search?q=${query()}`,
        }),
      },
    ],
  },
  (error, result) => {
    if (error) throw error;
    const statuses = Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, (stats as { count: number }).count]),
    );
    console.log(JSON.stringify({ rps: result.requests.average, statuses, errors: result.errors, timeouts: result.timeouts }));
    process.exit(0);
  },
);
instance.once('response', () => console.log('ready'));
process.on('SIGTERM', () => instance.stop());
