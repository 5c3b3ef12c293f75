import type { Metadata } from 'next';
import { NotFoundView } from '@/components/layout/NotFoundView';
import { loadNotFoundPage } from '@/lib/pages/server';
import { site } from '@/lib/site';

const TITLE = 'Page not found';

export const metadata: Metadata = {
  title: TITLE,
  robots: { index: false, follow: true },
};

export default async function NotFound() {
  const { sections, latest } = await loadNotFoundPage();
  return <NotFoundView title={`${TITLE} | ${site.name}`} sections={sections} latest={latest} />;
}
