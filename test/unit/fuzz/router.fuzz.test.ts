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
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { checkSender, envelopeSchema, ERROR_CODES, MESSAGE_TYPES, PROTOCOL, replySchema, type MessageType } from '@/lib/messaging';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { DbHandle } from '@/lib/store';
import { DEAL_STAGES, REQUEST_LABELS, REQUEST_STATUSES } from '@/lib/model';
import { backupDataArb, dealArb, emailArb, freshDbName, personArb, requestArb } from '../../support/arbitraries';
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

// ---- attack material -------------------------------------------------------

const HUGE = ['x'.repeat(5_000), 'é'.repeat(70_000), 'A'.repeat(2_000_001)];
const hugeStringArb = fc.constantFrom(...HUGE);
/** 3,000 levels: about the most a sender can serialise (V8's JSON and structured clone overflow near 4,000). */
function deep(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}
const DEEP = [deep(1_000, 'array'), deep(1_000, 'object'), deep(3_000, 'array'), deep(3_000, 'object')];
const deepArb = fc.constantFrom(...DEEP);
/** Objects with own `__proto__` / `constructor` / `prototype` keys, as JSON.parse (and structured clone) make them. */
const POLLUTERS: unknown[] = [
  JSON.parse('{"__proto__":{"polluted":"yes","isAdmin":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"prototype":{"polluted":"yes"}}'),
  JSON.parse('{"__proto__":null}'),
  JSON.parse('{"toString":"x","valueOf":1,"hasOwnProperty":false}'),
];
const POLLUTER_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];
const polluterArb = fc.constantFrom(...POLLUTERS);

/** Values a structured clone can carry, beyond JSON. */
const anyValueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, withObjectString: true, withUnicodeString: true }) },
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: hugeStringArb },
  { weight: 1, arbitrary: deepArb },
  { weight: 1, arbitrary: polluterArb },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308, 2 ** 53, 0.5) },
);

// ---- a valid payload per type ----------------------------------------------

const KNOWN_DEALS = ['acme-platform', 'globex-crm', 'initech-support'];
const idArb = fc.oneof(fc.constantFrom(...KNOWN_DEALS), fc.string({ maxLength: 20 }));
const hexThread = fc.stringMatching(/^[0-9a-f]{16}$/);
const jiraKey = fc.oneof(fc.stringMatching(/^[A-Z]{2,4}-[1-9][0-9]{0,3}$/), fc.constantFrom('NW-1', 'CRM-12'), fc.string({ maxLength: 64 }));
const addressArb = fc.record({ name: fc.string({ maxLength: 40 }), email: fc.oneof(emailArb, fc.string({ maxLength: 40 })) });
const pageContextArb = fc.oneof(
  fc.record({ kind: fc.constant('gmail' as const), threadId: fc.option(hexThread, { nil: null }), participants: fc.array(fc.oneof(emailArb, fc.constantFrom('hank@globex.com', 'dana.ruiz@northwind.io')), { maxLength: 5 }) }),
  fc.record({ kind: fc.constant('jira' as const), issueKey: fc.option(jiraKey, { nil: null }), projectKey: fc.option(fc.stringMatching(/^[A-Z]{2,4}$/), { nil: null }) }),
  fc.record({ kind: fc.constant('asana' as const), taskGid: fc.option(fc.stringMatching(/^[1-9][0-9]{15}$/), { nil: null }), projectGid: fc.option(fc.stringMatching(/^[1-9][0-9]{15}$/), { nil: null }) }),
);
const bodyArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('Can you send the SOW and pricing before we sign?', 'Please confirm the go-live date in the contract.', 'thanks!'),
);
const emptyArb = fc.constant({});

const VALID: { [T in MessageType]: fc.Arbitrary<unknown> } = {
  ping: emptyArb,
  'link.resolve': fc.record({ context: pageContextArb }),
  'link.add': fc.record({ dealId: idArb.filter((s) => s.length > 0), kind: fc.constantFrom('domains', 'gmailThreads', 'jira', 'asana'), value: fc.oneof(hexThread, jiraKey, fc.constantFrom('globex.com')).filter((s) => s.length > 0 && s.length <= 253) }),
  'deals.list': emptyArb,
  'deals.get': fc.record({ id: idArb }),
  'deals.save': fc.record({ deal: fc.oneof(dealArb(), dealArb(fc.constantFrom(...KNOWN_DEALS))), create: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['deal'] }),
  'deals.delete': fc.record({ id: fc.string({ maxLength: 10 }).map((s) => `fuzz-${s}`) }),
  'people.list': emptyArb,
  'people.save': fc.record({ person: personArb(), previousEmail: fc.option(emailArb, { nil: undefined }) }, { requiredKeys: ['person'] }),
  'people.delete': fc.record({ email: emailArb }),
  'requests.list': fc.record(
    { dealId: idArb, sender: emailArb, status: fc.constantFrom(...REQUEST_STATUSES), limit: fc.integer({ min: 1, max: 100_000 }) },
    { requiredKeys: [] },
  ),
  'requests.save': fc.record({ request: requestArb() }),
  'requests.setStatus': fc.record({ id: idArb, status: fc.constantFrom(...REQUEST_STATUSES) }),
  'requests.delete': fc.record({ id: fc.string({ maxLength: 10 }).map((s) => `fuzz-${s}`) }),
  'settings.get': emptyArb,
  'settings.save': fc.record(
    { ownEmail: fc.oneof(emailArb, fc.constant('')), ownDomain: fc.constantFrom('northwind.io', ''), defaultRemindDays: fc.integer({ min: 0, max: 365 }), sidebarCollapsed: fc.boolean(), redirectTemplate: fc.string({ maxLength: 50 }) },
    { requiredKeys: [] },
  ).map((patch) => ({ patch })),
  'settings.setSidebarCollapsed': fc.record({ collapsed: fc.boolean() }),
  'backup.import': fc.record({
    text: fc.oneof(backupDataArb.map((d) => JSON.stringify({ format: 'handoff-backup', version: 1, exportedAt: '2026-01-01T00:00:00Z', ...d })), fc.string({ maxLength: 50 })),
    fileName: fc.string({ maxLength: 30 }),
  }),
  'backup.export': emptyArb,
  'gmail.inspect': fc.record({
    threadId: fc.option(hexThread, { nil: null }),
    messageId: fc.stringMatching(/^[0-9a-f]{16}$/),
    participants: fc.array(emailArb, { maxLength: 4 }),
    email: fc.record({ from: addressArb, to: fc.array(addressArb, { maxLength: 3 }), cc: fc.array(addressArb, { maxLength: 2 }), subject: fc.string({ maxLength: 60 }), date: fc.option(fc.constant('Mon, 2 Nov 2026 10:00'), { nil: undefined }), body: bodyArb }, { requiredKeys: ['from', 'to', 'cc', 'subject', 'body'] }),
  }),
  'flags.set': fc.record({
    messageId: fc.stringMatching(/^[0-9a-f]{16}$/),
    threadId: fc.option(hexThread, { nil: null }),
    label: fc.constantFrom(...REQUEST_LABELS),
    status: fc.constantFrom('flagged', 'logged', 'dismissed'),
    requestId: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
  }),
  'gmail.flag': fc.record({ messageId: fc.string({ minLength: 1, maxLength: 200 }) }),
  'flags.forThreads': fc.record({ threadIds: fc.array(fc.oneof(hexThread, fc.string({ maxLength: 64 })), { maxLength: 20 }) }),
  'flags.stats': emptyArb,
  'jira.badges': fc.record({ issueKeys: fc.array(jiraKey, { maxLength: 20 }) }),
  'jira.hosts.list': emptyArb,
  'jira.hosts.add': fc.record({ origin: fc.oneof(fc.constantFrom('https://jira.corp.example', 'http://jira.corp.example', 'https://x.atlassian.net'), fc.webUrl().filter((u) => u.length <= 300), fc.string({ maxLength: 30 })) }),
  'jira.hosts.remove': fc.record({ origin: fc.oneof(fc.constantFrom('https://jira.corp.example'), fc.string({ maxLength: 30 })) }),
  'ui.openOptions': fc.record({ view: fc.oneof(fc.constantFrom('deals/acme-platform', 'new-deal?account=Acme', ''), fc.stringMatching(/^[\w\-./?=&%@+]{0,40}$/)) }),
  'data.deleteAll': fc.constant({ confirm: 'delete all data' }),
};
void DEAL_STAGES;
/** The parse path needs no realistic backup text: a cheap valid payload. */
const PARSE_VALID: { [T in MessageType]: fc.Arbitrary<unknown> } = {
  ...VALID,
  'backup.import': fc.record({ text: fc.string({ maxLength: 50 }), fileName: fc.string({ maxLength: 30 }) }),
};

// ---- mutation ------------------------------------------------------------

type Path = Array<string | number>;
function pathsOf(v: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  if (depth > 6 || v === null || typeof v !== 'object') return out;
  for (const k of Object.keys(v)) {
    const p = [...prefix, Array.isArray(v) ? Number(k) : k];
    out.push(p);
    pathsOf((v as Record<string, unknown>)[k], p, out, depth + 1);
  }
  return out;
}
const clone = <T>(v: T): T => structuredClone(v);
function setAt(root: unknown, path: Path, f: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = clone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  f(parent, path[path.length - 1]!);
  return copy;
}
const MUTATIONS = ['remove', 'retype', 'huge', 'deep', 'pollute-key', 'pollute-value', 'extra-key', 'null', 'empty-string', 'number-edge'] as const;
type Mutation = (typeof MUTATIONS)[number];
function mutate(valid: unknown, pick: number, how: Mutation, value: unknown, key: string): unknown {
  const paths = pathsOf(valid);
  if (!paths.length || how === 'extra-key' || how === 'pollute-key') {
    // Add a key at the top (or at a nested object).
    const objects = [[] as Path, ...paths.filter((p) => { let x: unknown = valid; for (const k of p) x = (x as Record<string | number, unknown>)[k]; return x !== null && typeof x === 'object' && !Array.isArray(x); })];
    const at = objects[pick % objects.length]!;
    const copy = clone(valid) as Record<string, unknown>;
    let target: unknown = copy;
    for (const k of at) target = (target as Record<string | number, unknown>)[k];
    if (target === null || typeof target !== 'object') return copy;
    Object.defineProperty(target, how === 'pollute-key' ? key : `x${key}`, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  }
  const path = paths[pick % paths.length]!;
  return setAt(valid, path, (parent, k) => {
    const put = (v: unknown) => Object.defineProperty(parent, k, { value: v, enumerable: true, configurable: true, writable: true });
    switch (how) {
      case 'remove': if (Array.isArray(parent)) parent.splice(Number(k), 1); else delete parent[k]; break;
      case 'retype': put(value); break;
      case 'huge': put(HUGE[pick % HUGE.length]); break;
      case 'deep': put(DEEP[pick % DEEP.length]); break;
      case 'pollute-value': put(POLLUTERS[pick % POLLUTERS.length]); break;
      case 'null': put(null); break;
      case 'empty-string': put(''); break;
      case 'number-edge': put([NaN, Infinity, -1, 0, 1.5, 1e21, -0][pick % 7]); break;
    }
  });
}
const mutatedArb = (t: MessageType, valid = VALID) =>
  fc.tuple(valid[t], fc.nat(), fc.constantFrom(...MUTATIONS), anyValueArb, fc.constantFrom(...POLLUTER_KEYS)).map(([v, pick, how, value, key]) => mutate(v, pick, how, value, key));

// ---- envelopes ---------------------------------------------------------------

const typeArb = (t: MessageType) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(t) },
    { weight: 1, arbitrary: fc.constantFrom(`${t} `, t.toUpperCase(), '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x'.repeat(101), '') },
    { weight: 1, arbitrary: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) },
  );
const envelopeFor = (t: MessageType, VALID = PARSE_VALID) =>
  fc.oneof(
    // Well-formed envelope, payload: valid, mutated-valid or anything.
    { weight: 6, arbitrary: fc.record({ handoff: fc.constant(1), type: fc.constant(t), payload: fc.oneof({ weight: 2, arbitrary: VALID[t] }, { weight: 5, arbitrary: mutatedArb(t, VALID) }, { weight: 3, arbitrary: anyValueArb }) }) },
    // Wrong envelope: bad marker, bad type, missing keys, extra keys.
    {
      weight: 2,
      arbitrary: fc.record(
        { handoff: fc.oneof(fc.constant(1), fc.constantFrom(0, 2, '1', true, null), anyValueArb), type: typeArb(t), payload: fc.oneof(VALID[t], anyValueArb), extra: anyValueArb },
        { requiredKeys: [] },
      ),
    },
    // Envelope built over a polluting object.
    { weight: 1, arbitrary: fc.tuple(VALID[t], polluterArb).map(([payload, p]) => Object.assign(clone(p as object), { handoff: 1, type: t, payload })) },
    // Not an envelope at all.
    { weight: 1, arbitrary: anyValueArb },
  );

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
  return parsed.success ? { reaches: true, parsed: parsed.data } : { reaches: false, code: 'bad-message' };
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
