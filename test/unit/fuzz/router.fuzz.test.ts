/**
 * Issue 9, item 2: message fuzzing against the background router.
 *
 * For every message type in PROTOCOL:
 * - 10,000 generated and mutated messages through the router's parse and
 *   sender checks (handlers replaced by spies, so the run stays fast): the
 *   router never throws, every reply has the reply shape, every message an
 *   independent oracle calls bad gets the typed error it predicts, and a
 *   handler is reached exactly when the oracle says so, with the parsed
 *   payload.
 * - fewer valid and mutated-valid messages through the real handlers over
 *   one seeded fake-indexeddb database: never throws, typed errors only,
 *   every success matches the type's response schema.
 * Object.prototype is checked unpolluted after each run.
 */
import { jsonProblem } from '@/lib/messaging/json-data';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { checkSender, envelopeSchema, ERROR_CODES, MESSAGE_TYPES, PROTOCOL, replySchema, type MessageType } from '@/lib/messaging';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { DbHandle } from '@/lib/store';
import { freshDbName } from '../../support/arbitraries';
import { envelopeFor, mutatedArb, VALID } from '../../support/message-arbitraries';
import { sampleBackupText } from '../../support/sample';

const OWN = 'abcdefghijklmnop';
const EXT = `chrome-extension://${OWN}`;
const SENDERS = {
  page: { id: OWN, url: `${EXT}/options.html` },
  gmail: { id: OWN, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 1 } },
  jira: { id: OWN, url: 'https://acme.atlassian.net/browse/NW-1', tab: { id: 2 } },
  foreign: { id: OWN, url: 'https://evil.example/', tab: { id: 3 } },
  lookalike: { id: OWN, url: 'https://mail.google.com.evil.example/', tab: { id: 4 } },
  plainHttp: { id: OWN, url: 'http://mail.google.com/', tab: { id: 5 } },
  otherExtension: { id: 'zzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzz/x.html' },
  noUrl: { id: OWN },
  pageWithoutTabFromWeb: { id: OWN, url: 'https://mail.google.com/' },
} as const;
type SenderName = keyof typeof SENDERS;
const senderArb = fc.constantFrom(...(Object.keys(SENDERS) as SenderName[]));

const PARSE_RUNS = 10_000;
/** Real handlers: enough to hit each branch, few enough to stay fast. */
const HANDLER_RUNS: Partial<Record<MessageType, number>> & { default: number } = {
  default: 400,
  'backup.import': 150,
  'backup.export': 150,
  'gmail.inspect': 200,
  // Wipes the seed: last, few runs, reseeded after.
  'data.deleteAll': 30,
};

// ---- oracle ------------------------------------------------------------------

type Expect = { reaches: true; parsed: unknown } | { reaches: false; code: 'bad-message' | 'forbidden' };
function oracle(message: unknown, sender: SenderName): Expect {
  const env = envelopeSchema.safeParse(message);
  if (!env.success) return { reaches: false, code: 'bad-message' };
  const type = env.data.type;
  if (!Object.hasOwn(PROTOCOL, type)) return { reaches: false, code: 'bad-message' };
  const def = PROTOCOL[type as MessageType];
  const verdict = checkSender(SENDERS[sender], OWN, EXT);
  if (!verdict.ok || !(def.from as readonly string[]).includes(verdict.kind)) return { reaches: false, code: 'forbidden' };
  const parsed = def.req.safeParse(env.data.payload);
  // The router passes on JSON data only (lib/messaging/json-data.ts): a BigInt or a Date left in a loose field is refused.
  return parsed.success && jsonProblem(parsed.data) === null ? { reaches: true, parsed: parsed.data } : { reaches: false, code: 'bad-message' };
}

// ---- Object.prototype watch ---------------------------------------------------

const protoKeys = () => Reflect.ownKeys(Object.prototype).map(String).sort();
const PROTO_BEFORE = protoKeys();
function expectUnpolluted() {
  expect(protoKeys()).toEqual(PROTO_BEFORE);
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

const CODES: readonly string[] = ERROR_CODES;
function expectReplyShape(reply: unknown) {
  const r = replySchema.safeParse(reply);
  if (!r.success) throw new Error(`reply does not match the reply schema: ${String(JSON.stringify(reply)).slice(0, 300)}`);
  if (!r.data.ok && (!CODES.includes(r.data.error.code) || typeof r.data.error.message !== 'string')) throw new Error(`untyped error ${r.data.error.code}`);
}
const fail = (why: string, message: unknown): never => {
  let shown: string;
  try { shown = String(JSON.stringify(message)).slice(0, 400); } catch { shown = '(unprintable)'; }
  throw new Error(`${why}; message ${shown}`);
};
const isErr = (reply: unknown, code: string) => !!reply && (reply as { ok?: unknown }).ok === false && (reply as { error: { code: string } }).error.code === code;

/** fc.assert, but the report names the failure without printing (possibly 5,000-deep) counterexamples. */
async function check(prop: fc.IAsyncPropertyWithHooks<[unknown, SenderName]>, numRuns: number) {
  const out = await fc.check(prop, { numRuns });
  if (out.failed) {
    const e = out.errorInstance;
    throw new Error(`failed after ${out.numRuns} runs (seed ${out.seed}, path ${out.counterexamplePath}): ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Deep equality without recursion (payloads may be 3,000 levels deep). */
function sameValue(a: unknown, b: unknown): boolean {
  const stack: Array<[unknown, unknown]> = [[a, b]];
  while (stack.length) {
    const [x, y] = stack.pop()!;
    if (Object.is(x, y)) continue;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const kx = Reflect.ownKeys(x), ky = Reflect.ownKeys(y);
    if (kx.length !== ky.length) return false;
    for (const k of kx) stack.push([(x as Record<PropertyKey, unknown>)[k], (y as Record<PropertyKey, unknown>)[k]]);
  }
  return true;
}

const summary: Record<string, { parse: number; reachedHandler: number; rejected: number; real: number; realOk: number; realErr: Record<string, number> }> = {};
afterAll(() => {
  // The counts the issue's closing note asks for.
  console.log(`router fuzz counts per message type:\n${Object.entries(summary).map(([t, s]) => `  ${t}: ${s.parse} parse-path (${s.rejected} rejected, ${s.reachedHandler} reached a handler), ${s.real} real-handler (${s.realOk} ok, errors ${JSON.stringify(s.realErr)})`).join('\n')}`);
});

describe('router fuzz: parse and sender checks, 10,000 messages per type', () => {
  // Handlers are spies: the router's own checks are what is fuzzed here.
  let reached: { type: MessageType; payload: unknown } | null = null;
  const spies = Object.fromEntries(
    MESSAGE_TYPES.map((t) => [t, async (payload: unknown) => { reached = { type: t, payload }; return null; }]),
  ) as unknown as Handlers;
  const route = createRouter(spies, { ownId: OWN, extensionOrigin: EXT, log: () => {} });

  it('the valid payload generators produce valid payloads', () => {
    for (const t of MESSAGE_TYPES) {
      fc.assert(fc.property(VALID[t], (p) => { PROTOCOL[t].req.parse(p); }), { numRuns: 50 });
    }
  });

  it.each(MESSAGE_TYPES)('%s', { timeout: 30_000 }, async (t) => {
    const s = (summary[t] ??= { parse: 0, reachedHandler: 0, rejected: 0, real: 0, realOk: 0, realErr: {} });
    await check(
      fc.asyncProperty(envelopeFor(t) as fc.Arbitrary<unknown>, senderArb, async (message, sender) => {
        reached = null;
        let reply: unknown;
        try {
          reply = await route(message, SENDERS[sender]);
        } catch (e) {
          throw new Error(`route threw: ${String(e)}`, { cause: e });
        }
        s.parse++;
        expectReplyShape(reply);
        const want = oracle(message, sender);
        const got = reached as { type: MessageType; payload: unknown } | null;
        if (want.reaches) {
          s.reachedHandler++;
          if (!(reply as { ok: boolean }).ok || !got || got.type !== t) fail(`oracle says "${t}" reaches its handler, reply ${JSON.stringify(reply)}`, message);
          if (!sameValue(got!.payload, want.parsed)) fail('handler got a payload other than the parsed one', message);
        } else {
          s.rejected++;
          if (got) fail(`a handler ran for a message the oracle rejects (${want.code})`, message);
          if (!isErr(reply, want.code)) fail(`expected error ${want.code}, got ${JSON.stringify(reply)}`, message);
        }
      }),
      PARSE_RUNS,
    );
    expectUnpolluted();
  });
});

describe('router fuzz: real handlers over one seeded database', () => {
  const db = new DbHandle(freshDbName());
  const log = vi.fn();
  const route = createRouter(
    createHandlers({ db, announce: async () => {}, now: () => new Date('2026-11-21T12:00:00Z'), version: '0.1.0', openTab: async () => {}, registerJiraHosts: async () => {}, hasHostPermission: async (o) => o.startsWith('https://') }),
    { ownId: OWN, extensionOrigin: EXT, log },
  );
  const seed = async () => {
    const r = await route({ handoff: 1, type: 'backup.import', payload: { text: sampleBackupText(), fileName: 'seed.json' } }, SENDERS.page);
    expect(r).toMatchObject({ ok: true });
  };
  beforeAll(seed);
  afterAll(() => db.close());

  // Allowed senders only, so messages reach the handlers.
  const realSender = fc.constantFrom<SenderName>('page', 'gmail', 'jira');
  const order = [...MESSAGE_TYPES.filter((t) => t !== 'data.deleteAll'), 'data.deleteAll' as const];

  it.each(order)('%s', { timeout: 30_000 }, async (t) => {
    const s = (summary[t] ??= { parse: 0, reachedHandler: 0, rejected: 0, real: 0, realOk: 0, realErr: {} });
    await check(
      fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: VALID[t] }, { weight: 2, arbitrary: mutatedArb(t) }), realSender as fc.Arbitrary<SenderName>, async (payload, sender) => {
        const message = { handoff: 1, type: t, payload };
        const reply = await route(message, SENDERS[sender]).catch((e: unknown) => {
          throw new Error(`route rejected: ${String(e)}`);
        });
        s.real++;
        expectReplyShape(reply);
        const want = oracle(message, sender);
        if (!want.reaches) {
          if (!isErr(reply, want.code)) fail(`expected error ${want.code}, got ${JSON.stringify(reply)}`, message);
          return;
        }
        if (reply.ok) {
          s.realOk++;
          const res = PROTOCOL[t].res.safeParse(reply.data);
          if (!res.success) fail(`"${t}" answered outside its response schema: ${res.error.message.slice(0, 500)}`, message);
        } else {
          s.realErr[reply.error.code] = (s.realErr[reply.error.code] ?? 0) + 1;
          // A bad input is the sender's fault: never an internal error.
          if (reply.error.code === 'internal') fail(`"${t}" failed internally: ${reply.error.message}`, message);
        }
      }),
      HANDLER_RUNS[t] ?? HANDLER_RUNS.default,
    );
    expectUnpolluted();
    if (t === 'data.deleteAll') await seed();
  });
});
