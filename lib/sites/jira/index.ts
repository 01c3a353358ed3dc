import type { SiteFeature } from '../feature';
import { jiraSidebar } from './sidebar';

export const JIRA_FEATURES: readonly SiteFeature[] = [jiraSidebar];
