import type { SiteFeature } from '../runtime/feature';
import { asanaSidebar } from './sidebar';

export const ASANA_FEATURES: readonly SiteFeature[] = [asanaSidebar];
