import { StoreError } from '@/lib/store/errors';
import { HandoffError } from './errors';
import {
  envelopeSchema,
  PROTOCOL,
  type MessageType,
  type ParsedRequestOf,
  type Reply,
  type ResponseOf,
  type SenderKind,
} from './protocol';
import { jsonProblem } from './json-data';
import { checkSender, type SenderInfo } from './sender';

export interface HandlerContext {
  senderKind: SenderKind;
  /** The tab's URL for content scripts. */
  senderUrl: string | undefined;
  /** The sender's tab, for per-tab limits (issue 13); undefined for extension pages. */
  senderTabId?: number;
}

export type Handlers = {
  [T in MessageType]: (payload: ParsedRequestOf<T>, ctx: HandlerContext) => Promise<ResponseOf<T>>;
};

export interface RouterOptions {
  ownId: string;
  extensionOrigin: string;
  /** Self-hosted origins the user granted (issue 5); read per message. */
  extraOrigins?: () => readonly string[] | Promise<readonly string[]>;
  log?: (message: string, detail?: unknown) => void;
}

const fail = (code: Extract<Reply, { ok: false }>['error']['code'], message: string, problems?: Array<{ field: string; message: string }>): Reply => ({
  ok: false,
  error: problems ? { code, message, problems } : { code, message },
});

/**
 * The background's one entry for messages. Parses the envelope and the
 * payload, checks the sender, runs the handler and turns every failure into
 * a typed error reply: it never throws, so one bad message cannot take the
 * worker down.
 */
export function createRouter(handlers: Handlers, opts: RouterOptions) {
  const log = opts.log ?? ((m: string, d?: unknown) => console.warn(`[handoff] ${m}`, d ?? ''));
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply> {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) {
      log('rejected a message that is not a Handoff envelope');
      return fail('bad-message', 'Not a Handoff message');
    }
    const { type } = envelope.data;
    if (!Object.hasOwn(PROTOCOL, type)) {
      log(`rejected unknown message type "${type}"`);
      return fail('bad-message', `Unknown message type "${type}"`);
    }
    const def = PROTOCOL[type as MessageType];
    const verdict = checkSender(sender, opts.ownId, opts.extensionOrigin, (await opts.extraOrigins?.()) ?? []);
    if (!verdict.ok) {
      log(`refused "${type}": ${verdict.reason}`);
      return fail('forbidden', `Refused: ${verdict.reason}`);
    }
    if (!def.from.includes(verdict.kind)) {
      log(`refused "${type}" from a ${verdict.kind} sender`);
      return fail('forbidden', `"${type}" is not allowed from a ${verdict.kind === 'content' ? 'web page' : 'extension page'}`);
    }
    const payload = def.req.safeParse(envelope.data.payload);
    if (!payload.success) {
      const problems = payload.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
      log(`rejected malformed "${type}"`, problems);
      return fail('bad-message', `Malformed "${type}": ${problems[0]?.field || 'payload'} ${problems[0]?.message ?? ''}`.trim(), problems);
    }
    // What the handler gets is JSON data, whichever transport brought it (json-data.ts).
    const notJson = jsonProblem(payload.data);
    if (notJson) {
      log(`rejected "${type}": ${notJson}`);
      return fail('bad-message', `Malformed "${type}": ${notJson}`);
    }
    try {
      const handler = handlers[type as MessageType] as (p: unknown, c: HandlerContext) => Promise<unknown>;
      const data = await handler(payload.data, { senderKind: verdict.kind, senderUrl: sender.url, senderTabId: tabIdOf(sender) });
      return { ok: true, data };
    } catch (e) {
      if (e instanceof StoreError) {
        const problems = Array.isArray(e.details) ? (e.details as Array<{ field: string; message: string }>) : undefined;
        return fail(e.code, e.message, problems);
      }
      if (e instanceof HandoffError) return fail(e.code, e.message, e.problems);
      log(`"${type}" failed`, e);
      return fail('internal', `Handoff could not do "${type}": ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}

function tabIdOf(sender: SenderInfo): number | undefined {
  const id = (sender.tab as { id?: unknown } | undefined)?.id;
  return typeof id === 'number' ? id : undefined;
}
