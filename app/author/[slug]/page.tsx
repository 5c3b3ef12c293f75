import { listingRoute } from '@/app/_routes/listing';

const route = listingRoute('author', 'slug', false);

export const revalidate = 300;
export const dynamicParams = true;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
