import type { SiteFeature } from '../runtime/feature';
import { jiraBadges } from './badges';
import { jiraSidebar } from './sidebar';

export const JIRA_FEATURES: readonly SiteFeature[] = [jiraSidebar, jiraBadges];
