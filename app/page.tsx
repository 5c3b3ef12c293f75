import type { Metadata } from 'next';
import { LatestStories } from '@/components/home/LatestStories';
import { LeadStory } from '@/components/home/LeadStory';
import { SectionBlock } from '@/components/home/SectionBlock';
import { JsonLd } from '@/components/seo/JsonLd';
import { loadHomePage } from '@/lib/pages/server';
import { site } from '@/lib/site';

// Listings revalidate so scheduled stories appear without a rebuild.
export const revalidate = 300;

export async function generateMetadata(): Promise<Metadata> {
  return (await loadHomePage()).metadata;
}

export default async function HomeRoute() {
  const { lead, latest, sections, jsonLd } = await loadHomePage();
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <JsonLd data={jsonLd} />
      <h1 className="sr-only">{site.name}: latest news</h1>
      {lead && <LeadStory article={lead.article} category={lead.category} />}
      <LatestStories items={latest} />
      {sections.map(({ category, items }) => (
        <SectionBlock key={category.slug} category={category} articles={items.map((i) => i.article)} />
      ))}
    </div>
  );
}
