import { liveRoute } from '@/app/_routes/live';

const route = liveRoute(false);

// Publishing an entry revalidates the page at once (its cache tags); a CDN
// keeps it at most 30 s, so a reload without JavaScript shows new entries soon.
export const revalidate = 30;
export const dynamicParams = true;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
