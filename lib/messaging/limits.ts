/**
 * Bounds shared by the protocol (lib/messaging/protocol.ts) and content
 * scripts, in a file without zod so content scripts stay small.
 */

/** Keys per `jira.badges` message: more than a real board shows at once; more is refused (issue 13). */
export const MAX_BADGE_KEYS = 500;
