import { NextResponse } from 'next/server';
import { loadLiveUpdates } from '@/lib/pages/server';

/**
 * GET /live/<slug>/updates.json: the story's status and newest entries, for
 * the open tabs' island. One URL per story (no query), so a CDN answers
 * every tab from one copy: it may keep it MAX_AGE seconds, never
 * serve it stale after that, and the origin reads the store afresh each time
 * (never Next's page cache), so a publish shows within those seconds.
 */
export const dynamic = 'force-dynamic';

const MAX_AGE = 5;
const cacheControl = `public, max-age=${MAX_AGE}, s-maxage=${MAX_AGE}`;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const updates = await loadLiveUpdates((await params).slug);
  if (!updates) return NextResponse.json({ error: 'Not found' }, { status: 404, headers: { 'Cache-Control': cacheControl } });
  return NextResponse.json(updates, { headers: { 'Cache-Control': cacheControl } });
}
