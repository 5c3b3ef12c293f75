import { SiteImage as Image } from '@/components/media/SiteImage';
import type { ImageRef } from '@/lib/content/types';

/** The lead image: the page's largest paint, so it is never lazy-loaded. */
export function HeroImage({ image }: { image: ImageRef }) {
  return (
    <figure className="mt-6">
      <Image
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        priority
        sizes="(min-width: 768px) 720px, 100vw"
        className="h-auto w-full bg-surface"
      />
      {(image.caption || image.credit) && (
        <figcaption className="mt-2 text-sm text-muted">
          {image.caption}
          {image.credit && <span className="ml-1 text-xs tracking-wide uppercase">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
