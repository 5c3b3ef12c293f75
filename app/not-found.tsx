import type { Metadata } from 'next';
import { NotFoundView } from '@/components/layout/NotFoundView';
import { categories, latestArticles } from '@/lib/content/repository';
import { site } from '@/lib/site';

const TITLE = 'Page not found';

export const metadata: Metadata = {
  title: TITLE,
  robots: { index: false, follow: true },
};

export default function NotFound() {
  return <NotFoundView title={`${TITLE} | ${site.name}`} sections={categories()} latest={latestArticles(5)} />;
}
