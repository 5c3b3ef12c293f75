import Link from 'next/link';
import { JsonLd } from '@/components/seo/JsonLd';
import { latestArticles } from '@/lib/content/repository';
import { websiteJsonLd } from '@/lib/seo/json-ld';

export const revalidate = 300;

export default function HomePage() {
  const latest = latestArticles(20);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <JsonLd data={websiteJsonLd()} />
      <h1 className="font-serif text-3xl font-bold">Latest news</h1>
      <ul className="mt-6 space-y-4">
        {latest.map((a) => (
          <li key={a.path}>
            <Link href={a.path} className="font-serif text-xl hover:underline">
              {a.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
