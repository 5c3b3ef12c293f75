import { sectionFeedRoute } from '@/app/_routes/section-feed';

const route = sectionFeedRoute('atom');

export const revalidate = 300;
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
