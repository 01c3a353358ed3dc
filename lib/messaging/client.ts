import { browser } from 'wxt/browser';
import { HandoffError } from './errors';
import { PROTOCOL, replySchema, type MessageType, type RequestOf, type ResponseOf } from './protocol';

/** How the client reaches the background; tests pass their own. */
export type Transport = (message: unknown) => Promise<unknown>;

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

/**
 * Sends one typed message and returns the typed response, or throws a
 * HandoffError with the background's code and message. Sending wakes a
 * stopped service worker, so callers need no reconnect logic.
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
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new HandoffError('internal', `Handoff's background sent a reply this page cannot read`);
  if (!reply.data.ok) throw new HandoffError(reply.data.error.code, reply.data.error.message, reply.data.error.problems);
  const data = PROTOCOL[type].res.safeParse(reply.data.data);
  if (!data.success) throw new HandoffError('internal', `Handoff's background sent a "${type}" reply of the wrong shape`);
  return data.data as ResponseOf<T>;
}
