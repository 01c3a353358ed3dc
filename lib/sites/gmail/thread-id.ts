import { anyOf, queryAll, type Selector } from '@/lib/sites/runtime/selectors';
import { GMAIL } from './selectors';

/**
 * A `thread-a:r-<digits>` perm id (2026, lib/sites/HOSTS.md). It is another id
 * space with no hex legacy id on the page, so it is kept as is: a stable
 * string still lets the user link this thread explicitly (lib/model/deal.ts
 * accepts it in `gmailThreads`). Inbox-row markers never match it, since
 * rows carry only hex ids; that is a missing marker, not a wrong one.
 */
export const THREAD_A_ID = /^thread-a:r--?\d{1,30}$/;

/** Bounds for the jslog scan: it runs on every opened thread and must stay cheap. */
const MAX_JSLOG_ELEMENTS = 200;
const MAX_JSLOG_CHARS = 4000;
const MAX_SEGMENTS = 20;

/**
 * The open thread's id, from every source Gmail has used, best first:
 * the hex `data-legacy-thread-id` (missing or "undefined" on some pages);
 * a `thread-f:<decimal>` perm id, in hex; a `thread-a:r-…` perm id, as is;
 * else a `thread-f:` hidden base64-encoded in a `jslog` attribute, in hex.
 * The perm id comes before jslog because it is the thread's own attribute;
 * jslog is found by decoding, so it is the least certain.
 */
export function threadIdOf(root: ParentNode): string | null {
  const legacy = inThread(root, GMAIL.threadIdHolder)?.getAttribute('data-legacy-thread-id');
  if (legacy && /^[0-9a-f]{6,32}$/i.test(legacy)) return legacy.toLowerCase();
  const perm = inThread(root, GMAIL.threadPermIdHolder)?.getAttribute('data-thread-perm-id') ?? '';
  const f = /^thread-f:(\d{1,30})$/.exec(perm);
  if (f) return BigInt(f[1]!).toString(16);
  if (THREAD_A_ID.test(perm)) return perm;
  return threadIdFromJslog(root);
}

/**
 * The first element matching `s` (primary first, then each fallback) that
 * is not in an inbox row: in split view the list beside the open thread
 * has rows whose ids are other threads' (lib/sites/HOSTS.md).
 */
function inThread(root: ParentNode, s: Selector): Element | null {
  const rows = anyOf(GMAIL.inboxRow);
  for (const css of s.css) {
    for (const el of root.querySelectorAll(css)) if (!el.closest(rows)) return el;
  }
  return null;
}

/** The first `thread-f:` id found in a jslog in the thread, in hex; inbox rows (split view) are another thread's. */
function threadIdFromJslog(root: ParentNode): string | null {
  const rows = anyOf(GMAIL.inboxRow);
  const holders = queryAll(root, GMAIL.jslogHolder).slice(0, MAX_JSLOG_ELEMENTS);
  for (const el of holders) {
    if (el.closest(rows)) continue;
    const decimal = threadFInJslog(el.getAttribute('jslog') ?? '');
    if (decimal) return BigInt(decimal).toString(16);
  }
  return null;
}

/**
 * The decimal of a `thread-f:` inside a jslog value, plain or in a base64
 * segment (standard or URL-safe alphabet). Never throws: a segment that is
 * not base64 is skipped.
 */
export function threadFInJslog(jslog: string): string | null {
  const value = jslog.slice(0, MAX_JSLOG_CHARS);
  const plain = /thread-f:(\d{1,30})/.exec(value);
  if (plain) return plain[1]!;
  const segments = value.match(/[A-Za-z0-9+/_-]{12,}={0,2}/g) ?? [];
  for (const segment of segments.slice(0, MAX_SEGMENTS)) {
    const m = /thread-f:(\d{1,30})/.exec(decodeBase64(segment));
    if (m) return m[1]!;
  }
  return null;
}

function decodeBase64(segment: string): string {
  const standard = segment.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  // atob wants whole 4-character groups; a remainder of 1 is never valid base64.
  if (standard.length % 4 === 1) return '';
  try {
    return atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  } catch {
    return '';
  }
}
