import type { IncomingMessage, ServerResponse } from 'node:http';
import { answer, type RequestCheck } from '@/lib/security/install-request-gate';
import { site } from '@/lib/site';
import { createWaitingLine, type WaitingLine } from './guard';
import { normalizeQuery } from './params';

/** Search requests a server works on at once by default (SEARCH_MAX_IN_FLIGHT overrides). */
const DEFAULT_SEARCH_IN_FLIGHT = 2;
/** Search requests that may wait for a turn by default (SEARCH_MAX_WAITING overrides). */
const DEFAULT_SEARCH_WAITING = 16;
/** Longest a search waits for its turn before it is turned away. */
const SEARCH_MAX_WAIT_MS = 2000;
/** What a turned-away reader or client is told to wait, in seconds. */
const SEARCH_RETRY_AFTER_SECONDS = 5;

const SEARCH_PATH = /^\/(?:api\/)?search(?:\?|$)/;

/** A whole number of at least `min` from the environment, else the default. */
export function countFromEnv(raw: string | undefined, fallback: number, min = 1): number {
  const value = Number(raw);
  return raw?.trim() && Number.isInteger(value) && value >= min ? value : fallback;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The page a reader gets when search is busy: the site's name, what happened,
 * their query ready to send again, and a way home. Plain HTML built from a
 * string, so turning a reader away costs almost nothing (rendering the site's
 * own layout would cost what a search does). Style attributes only: the CSP
 * allows them and no inline <style> element.
 */
export function busyPage(rawQuery: string, retryAfterSeconds: number): string {
  const q = escapeHtml(normalizeQuery(rawQuery));
  const font = 'font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif';
  return `<!DOCTYPE html>
<html lang="${site.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Search is busy | ${site.name}</title></head>
<body style="${font};margin:0;color:#16181d;background:#fff;line-height:1.5">
<header style="background:#0d2240;color:#fff;padding:1rem"><a href="/" style="color:#fff;font-size:1.75rem;font-weight:700;text-decoration:none">${site.name}</a></header>
<main id="main" style="max-width:40rem;margin:0 auto;padding:2rem 1rem">
<h1 style="font-size:2rem;margin:0 0 1rem">Search is busy</h1>
<p>Many people are searching at this moment. Please try again in ${retryAfterSeconds} seconds: your search is kept below.</p>
<form role="search" action="/search" method="get" style="display:flex;gap:.5rem;margin:1.5rem 0">
<label for="busy-q" style="position:absolute;left:-10000px">Search</label>
<input id="busy-q" type="search" name="q" value="${q}" maxlength="200" style="flex:1;padding:.5rem;font-size:1rem;border:1px solid #5b606a;border-radius:4px">
<button type="submit" style="padding:.5rem 1rem;font-size:1rem;background:#b4271b;color:#fff;border:0;border-radius:4px">Search again</button>
</form>
<p>Meanwhile, <a href="/" style="color:#0b4f9c">the front page</a> has the latest stories.</p>
</main></body></html>`;
}

function turnAway(req: IncomingMessage, res: ServerResponse, retryAfterSeconds: number): void {
  const url = new URL(req.url ?? '/', 'http://site');
  const headers = {
    'Retry-After': String(retryAfterSeconds),
    // Never kept by a CDN or a browser: the next try must reach a server.
    'Cache-Control': 'no-store',
  };
  if (url.pathname === '/api/search') {
    const body = JSON.stringify({ q: normalizeQuery(url.searchParams.get('q') ?? ''), suggestions: [], busy: true });
    answer(res, 503, { ...headers, 'Content-Type': 'application/json' }, body);
  } else {
    answer(
      res,
      503,
      { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
      busyPage(url.searchParams.get('q') ?? '', retryAfterSeconds),
    );
  }
}

/**
 * A request check (lib/security/install-request-gate.ts) that lets at most
 * `maxInFlight` requests for /search and /api/search be worked on at once,
 * lets up to `maxWaiting` more wait their turn (at most 2 s), and answers the
 * rest at once with 503 and Retry-After. Each search renders a page on the
 * request thread at several times the cost of a cached page, so without a
 * bound a flood of varied searches (which no cache absorbs) took the CPU from
 * every other reader. The bound is per server process and counts requests,
 * not clients: behind a CDN every request comes from the CDN's addresses, and
 * a per-address limit would turn away everyone at once.
 */
export function searchAdmission(line: WaitingLine, retryAfterSeconds = SEARCH_RETRY_AFTER_SECONDS): RequestCheck {
  return (req, res, next) => {
    if (!SEARCH_PATH.test(req.url ?? '')) return next();
    const place = line.enter();
    if (!place) return turnAway(req, res, retryAfterSeconds);
    // A client that goes away while waiting gives up its place.
    res.once('close', place.cancel);
    place.admitted.then(
      (release) => {
        if (res.destroyed || res.writableEnded) return release();
        // 'close' comes once the response is sent, or when the client goes away.
        res.once('close', release);
        next();
      },
      () => turnAway(req, res, retryAfterSeconds),
    );
  };
}

export function searchAdmissionFromEnv(env: Record<string, string | undefined>): RequestCheck {
  return searchAdmission(
    createWaitingLine({
      maxInFlight: countFromEnv(env.SEARCH_MAX_IN_FLIGHT, DEFAULT_SEARCH_IN_FLIGHT),
      maxWaiting: countFromEnv(env.SEARCH_MAX_WAITING, DEFAULT_SEARCH_WAITING, 0),
      maxWaitMs: SEARCH_MAX_WAIT_MS,
      retryAfterSeconds: SEARCH_RETRY_AFTER_SECONDS,
    }),
  );
}
