import { robots } from '@/lib/seo/robots';

export default robots;
