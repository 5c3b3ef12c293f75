import { articlesInCategory, authorOf, categories, categoryOf, findCategory } from '@/lib/content/repository';
import { atomContentType, atomXml, sectionFeedInput } from '@/lib/seo/feeds';

type Params = { category: string };

export const revalidate = 300;
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return categories().map((c) => ({ category: c.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const category = findCategory((await params).category);
  if (!category) return new Response('Not found', { status: 404 });
  const xml = atomXml(sectionFeedInput(category, articlesInCategory(category.slug), { categoryOf, authorOf }));
  return new Response(xml, { headers: { 'Content-Type': atomContentType } });
}
