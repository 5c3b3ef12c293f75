import { documentResponse } from '@/app/_routes/document';
import { loadLiveFeed } from '@/lib/pages/server';

// Publishing an entry refreshes it at once (the story's cache tag).
export const revalidate = 30;
export const dynamicParams = true;

export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return documentResponse(await loadLiveFeed((await params).slug));
}
