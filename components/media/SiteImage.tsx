import { getImageProps, type ImageProps } from 'next/image';
import { preload } from 'react-dom';

type Props = Omit<ImageProps, 'priority' | 'preload' | 'loading' | 'fetchPriority' | 'placeholder' | 'onLoad' | 'onError'> & {
  /** The page's largest picture: loaded eagerly, first, and preloaded from the head. */
  priority?: boolean;
};

/**
 * next/image's markup (optimised `srcset`, intrinsic size, lazy loading)
 * rendered on the server, without next/image's client component: the site
 * uses none of what that adds (blur placeholders, load callbacks), and it
 * cost every page 5.5 KB of JavaScript (docs/performance.md).
 */
export function SiteImage({ priority = false, alt, ...rest }: Props) {
  const { props } = getImageProps({ ...rest, alt, preload: priority, fetchPriority: priority ? 'high' : undefined });
  // What next/image does for a priority image: the browser learns of it from the head.
  if (priority) preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  // eslint-disable-next-line @next/next/no-img-element -- this is next/image's own markup, see above
  return <img {...props} alt={alt} />;
}
