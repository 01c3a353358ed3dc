import { browser } from 'wxt/browser';
import { HandoffError, type FieldProblem } from './errors';
import type { ErrorCode, MessageType, RequestOf, ResponseOf } from './protocol';

/** How the client reaches the background; tests pass their own. */
export type Transport = (message: unknown) => Promise<unknown>;

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

/**
 * Sends one typed message and returns the typed response, or throws a
 * HandoffError with the background's code and message. Sending wakes a
 * stopped service worker, so callers need no reconnect logic.
 *
 * The reply comes from our own background, which parsed the request with
 * its zod schema and answers with data typed by the same protocol; the
 * client checks only the envelope, so content scripts carry no zod (their
 * bundle budget, issue 4). The router's tests check replies against the
 * protocol's response schemas.
 */
export async function send<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
  transport: Transport = runtimeTransport,
): Promise<ResponseOf<T>> {
  let raw: unknown;
  try {
    raw = await transport({ handoff: 1, type, payload });
  } catch (e) {
    // The extension was updated or removed under this page.
    const message = e instanceof Error ? e.message : String(e);
    throw new HandoffError('internal', /context invalidated/i.test(message)
      ? 'Handoff was updated: reload this page.'
      : `Handoff's background did not answer: ${message}`);
  }
  if (!isReply(raw)) throw new HandoffError('internal', `Handoff's background sent a reply this page cannot read`);
  if (!raw.ok) throw new HandoffError(raw.error.code, raw.error.message, raw.error.problems ?? []);
  return raw.data as ResponseOf<T>;
}

type WireReply = { ok: true; data: unknown } | { ok: false; error: { code: ErrorCode; message: string; problems?: FieldProblem[] } };

function isReply(x: unknown): x is WireReply {
  if (!x || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  if (r.ok === true) return 'data' in r;
  const e = r.error as Record<string, unknown> | undefined;
  return r.ok === false && !!e && typeof e.code === 'string' && typeof e.message === 'string';
}
