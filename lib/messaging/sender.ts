import type { SenderKind } from './protocol';

/** Origins whose content scripts may talk to the background. */
export const HOST_ORIGIN_PATTERNS: readonly RegExp[] = [
  /^https:\/\/mail\.google\.com$/,
  /^https:\/\/[a-z0-9-]+\.atlassian\.net$/,
  /^https:\/\/app\.asana\.com$/,
];

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

export type SenderVerdict = { ok: true; kind: SenderKind } | { ok: false; reason: string };

/**
 * The trust boundary (after bitwarden's browser client): a message counts
 * only if it comes from this extension, and from a content script only on a
 * host Handoff runs on (`extraOrigins`: self-hosted Jira the user added).
 */
export function checkSender(
  sender: SenderInfo,
  ownId: string,
  extensionOrigin: string,
  extraOrigins: readonly string[] = [],
): SenderVerdict {
  if (sender.id !== ownId) return { ok: false, reason: `sender id ${String(sender.id)} is not this extension` };
  const origin = sender.origin ?? originOf(sender.url);
  if (!origin) return { ok: false, reason: 'sender has no URL' };
  if (origin === extensionOrigin) return { ok: true, kind: 'extension' };
  if (!sender.tab) return { ok: false, reason: `sender ${origin} is neither an extension page nor a tab` };
  if (HOST_ORIGIN_PATTERNS.some((p) => p.test(origin)) || extraOrigins.includes(origin)) {
    return { ok: true, kind: 'content' };
  }
  return { ok: false, reason: `origin ${origin} is not on the allow-list` };
}

export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    // moz-extension://uuid and chrome-extension://id have origin "null" in some engines.
    return u.origin !== 'null' ? u.origin : `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}
