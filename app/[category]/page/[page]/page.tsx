import { listingRoute } from '@/app/_routes/listing';

const route = listingRoute('section', 'category', true);

export const revalidate = 300;
export const dynamicParams = true;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
