import type { SiteFeature } from '../feature';
import { asanaSidebar } from './sidebar';

export const ASANA_FEATURES: readonly SiteFeature[] = [asanaSidebar];
