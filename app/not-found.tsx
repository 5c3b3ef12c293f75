import type { Metadata } from 'next';
import { NotFoundView } from '@/components/layout/NotFoundView';
import { loadNotFoundPage } from '@/lib/pages/server';

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false, follow: true },
};

export default async function NotFound() {
  return <NotFoundView model={await loadNotFoundPage()} />;
}
