import type { LiveStatus } from '@/lib/content/types';

/**
 * The contract between a live page's JSON endpoint (updates.json) and its
 * poller island: small enough to ship to the browser, shared by both.
 */

export type LiveEntryView = {
  id: string;
  /** The element id on the page. */
  anchor: string;
  permalink: string;
  datetime: string;
  /** The time as readers see it, in the site's time zone. */
  time: string;
  author: { name: string; path: string };
  title?: string;
  /** Rendered and sanitized by the one Markdown pipeline when stored. */
  html: string;
  key: boolean;
  pinned: boolean;
};

/** What the island needs to poll: the endpoint, and the newest entry the page already shows. */
export type LivePoll = { url: string; newest?: { datetime: string; id: string } };

/** GET /live/<slug>/updates.json */
export type LiveUpdates = { status: LiveStatus; updated: string; total: number; entries: LiveEntryView[] };
