import { LatestStories } from '@/components/home/LatestStories';
import { LeadStory } from '@/components/home/LeadStory';
import { SectionBlock } from '@/components/home/SectionBlock';
import { JsonLd } from '@/components/seo/JsonLd';
import { homeFront } from '@/lib/content/home';
import { organizationJsonLd, websiteJsonLd } from '@/lib/seo/json-ld';
import { homeMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

// Listings revalidate so scheduled stories appear without a rebuild.
export const revalidate = 300;

export const metadata = homeMetadata();

export default function HomePage() {
  const { lead, latest, sections } = homeFront();
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <JsonLd data={[websiteJsonLd(), organizationJsonLd()]} />
      <h1 className="sr-only">{site.name}: latest news</h1>
      {lead && <LeadStory article={lead.article} category={lead.category} />}
      <LatestStories items={latest} />
      {sections.map(({ category, articles }) => (
        <SectionBlock key={category.slug} category={category} articles={articles} />
      ))}
    </div>
  );
}
