import { liveRoute } from '@/app/_routes/live';

const route = liveRoute(true);

export const revalidate = 30;
export const dynamicParams = true;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
