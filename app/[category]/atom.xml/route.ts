import { loadSectionFeed, prerender } from '@/lib/pages/server';

type Params = { category: string };

export const revalidate = 300;
export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await prerender.sections()).map((s) => ({ category: s.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const feed = await loadSectionFeed((await params).category, 'atom');
  if (!feed) return new Response('Not found', { status: 404 });
  return new Response(feed.body, { headers: { 'Content-Type': feed.contentType } });
}
