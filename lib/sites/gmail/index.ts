import type { SiteFeature } from '../runtime/feature';
import { gmailInboxMarkers } from './inbox-markers';
import { gmailSidebar } from './sidebar';

/** Gmail's features, in the order they run. */
export const GMAIL_FEATURES: readonly SiteFeature[] = [gmailSidebar, gmailInboxMarkers];
