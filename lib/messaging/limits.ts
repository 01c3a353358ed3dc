/**
 * Bounds shared by the protocol (lib/messaging/protocol.ts) and content
 * scripts, in a file without zod so content scripts stay small.
 */

/** Keys per `jira.badges` message: more than a real board shows at once; more is refused (issue 13). */
export const MAX_BADGE_KEYS = 500;

/** `health.miss`: selector names per message (a page reads fewer than this). */
export const MAX_MISS_NAMES = 50;
/** A selector's name: `site.key` (lib/sites/runtime/selectors.ts, `named`). */
export const SELECTOR_NAME = /^(gmail|jira|asana)\.[A-Za-z][A-Za-z0-9]{0,63}$/;
/** Where the background keeps the selector misses in `storage.local` (lib/background/selector-health.ts). */
export const SELECTOR_HEALTH_KEY = 'handoff:selector-health';
