import fc from 'fast-check';
import type { MessageType } from '@/lib/messaging';
import { DEAL_STAGES, REQUEST_LABELS, REQUEST_STATUSES } from '@/lib/model';
import { backupDataArb, dealArb, emailArb, instantArb, personArb, requestArb } from './arbitraries';

/**
 * Messages for the router fuzz test (test/unit/fuzz/router.fuzz.test.ts):
 * hostile values, one valid payload generator per message type, mutations
 * of a valid payload, and envelopes around them.
 */

// ---- attack material -------------------------------------------------------

export const HUGE = ['x'.repeat(5_000), 'é'.repeat(70_000), 'A'.repeat(2_000_001)];
export const hugeStringArb = fc.constantFrom(...HUGE);
/** 3,000 levels: about the most a sender can serialise (V8's JSON and structured clone overflow near 4,000). */
export function deep(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}
export const DEEP = [deep(1_000, 'array'), deep(1_000, 'object'), deep(3_000, 'array'), deep(3_000, 'object')];
export const deepArb = fc.constantFrom(...DEEP);
/** Objects with own `__proto__` / `constructor` / `prototype` keys, as JSON.parse (and structured clone) make them. */
export const POLLUTERS: unknown[] = [
  JSON.parse('{"__proto__":{"polluted":"yes","isAdmin":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"prototype":{"polluted":"yes"}}'),
  JSON.parse('{"__proto__":null}'),
  JSON.parse('{"toString":"x","valueOf":1,"hasOwnProperty":false}'),
];
export const POLLUTER_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];
export const polluterArb = fc.constantFrom(...POLLUTERS);

/** Values a structured clone can carry, beyond JSON. */
export const anyValueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, withObjectString: true, withUnicodeString: true }) },
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: hugeStringArb },
  { weight: 1, arbitrary: deepArb },
  { weight: 1, arbitrary: polluterArb },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308, 2 ** 53, 0.5) },
);

// ---- a valid payload per type ----------------------------------------------

export const KNOWN_DEALS = ['acme-platform', 'globex-crm', 'initech-support'];
export const idArb = fc.oneof(fc.constantFrom(...KNOWN_DEALS), fc.string({ maxLength: 20 }));
export const hexThread = fc.stringMatching(/^[0-9a-f]{16}$/);
export const jiraKey = fc.oneof(fc.stringMatching(/^[A-Z]{2,4}-[1-9][0-9]{0,3}$/), fc.constantFrom('NW-1', 'CRM-12'), fc.string({ maxLength: 64 }));
export const addressArb = fc.record({ name: fc.string({ maxLength: 40 }), email: fc.oneof(emailArb, fc.string({ maxLength: 40 })) });
export const pageContextArb = fc.oneof(
  fc.record({ kind: fc.constant('gmail' as const), threadId: fc.option(hexThread, { nil: null }), participants: fc.array(fc.oneof(emailArb, fc.constantFrom('hank@globex.com', 'dana.ruiz@northwind.io')), { maxLength: 5 }) }),
  fc.record({ kind: fc.constant('jira' as const), site: fc.constantFrom('https://acme.atlassian.net', 'https://evil.atlassian.net', 'https://mail.google.com'), issueKey: fc.option(jiraKey, { nil: null }), projectKey: fc.option(fc.stringMatching(/^[A-Z]{2,4}$/), { nil: null }) }),
  fc.record({ kind: fc.constant('asana' as const), taskGid: fc.option(fc.stringMatching(/^[1-9][0-9]{15}$/), { nil: null }), projectGid: fc.option(fc.stringMatching(/^[1-9][0-9]{15}$/), { nil: null }) }),
);
export const bodyArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('Can you send the SOW and pricing before we sign?', 'Please confirm the go-live date in the contract.', 'thanks!'),
);
export const emptyArb = fc.constant({});
const crmSourceArb = fc.constantFrom('hubspot' as const, 'salesforce' as const);

export const VALID: { [T in MessageType]: fc.Arbitrary<unknown> } = {
  ping: emptyArb,
  'crm.status': emptyArb,
  'crm.connect': fc.oneof(
    fc.record({ source: fc.constant('hubspot' as const), token: fc.string({ minLength: 1, maxLength: 60 }).filter((t) => t.trim() !== '') }), // the schema trims first
    fc.record({ source: fc.constant('salesforce' as const), myDomain: fc.constantFrom('https://acme.my.salesforce.com', 'http://evil.example', ''), consumerKey: fc.string({ maxLength: 40 }) }),
  ),
  'crm.disconnect': fc.record({ source: crmSourceArb }),
  'crm.sync': fc.record({ source: crmSourceArb }),
  'crm.configure': fc.record({ source: crmSourceArb, patch: fc.record({ intervalMinutes: fc.integer({ min: 5, max: 1440 }), writeBack: fc.record({ enabled: fc.boolean(), as: fc.constantFrom('note' as const, 'task' as const) }) }, { requiredKeys: [] }) }),
  'crm.outbox.list': fc.record({ refIds: fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }) }, { requiredKeys: [] }),
  'crm.outbox.retry': fc.record({ id: fc.string({ maxLength: 30 }) }),
  'link.resolve': fc.record({ context: pageContextArb }),
  'link.add': fc.record({ dealId: idArb.filter((s) => s.length > 0), kind: fc.constantFrom('domains', 'gmailThreads', 'jira', 'asana'), value: fc.oneof(hexThread, jiraKey, fc.constantFrom('globex.com')).filter((s) => s.length > 0 && s.length <= 253) }),
  'deals.list': emptyArb,
  'deals.choices': emptyArb,
  'deals.get': fc.record({ id: idArb }),
  'deals.page': fc.record({ filter: fc.string({ maxLength: 40 }), limit: fc.integer({ min: 1, max: 300 }) }),
  'deals.ids': emptyArb,
  'deals.names': fc.record({ ids: fc.array(idArb, { maxLength: 5 }) }),
  'weekly.agenda': fc.record({ today: fc.constantFrom('2026-11-21', '2027-01-02') }),
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
  'requests.log': fc.record({
    request: fc.record({
      id: fc.oneof(fc.stringMatching(/^[0-9a-f]{16}$/), fc.constantFrom('18c2f0a9b3d4e5f6')).map((m) => `gmail-${m}`),
      loggedAt: instantArb,
      from: fc.record({ name: fc.string({ maxLength: 40 }), email: emailArb }),
      dealId: fc.option(idArb, { nil: null }),
      label: fc.constantFrom(...REQUEST_LABELS),
      summary: fc.string({ maxLength: 140 }),
      source: fc.record({ kind: fc.constant('gmail' as const), url: fc.option(fc.constant('https://mail.google.com/mail/u/0/#inbox'), { nil: null }) }),
      status: fc.constantFrom('open' as const, 'redirected' as const),
      note: fc.string({ maxLength: 40 }),
    }),
  }),
  'requests.setStatus': fc.record({ id: idArb, status: fc.constantFrom(...REQUEST_STATUSES) }),
  'requests.delete': fc.record({ id: fc.string({ maxLength: 10 }).map((s) => `fuzz-${s}`) }),
  'settings.get': emptyArb,
  'settings.forContent': emptyArb,
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
  'jira.site.status': emptyArb,
  'jira.site.allow': fc.record({ site: fc.option(fc.constantFrom('https://acme.atlassian.net', 'https://evil.atlassian.net'), { nil: undefined }) }, { requiredKeys: [] }),
  'jira.sites.list': emptyArb,
  'jira.sites.remove': fc.record({ site: fc.oneof(fc.constantFrom('https://acme.atlassian.net'), fc.string({ maxLength: 30 })) }),
  'jira.hosts.list': emptyArb,
  'jira.hosts.add': fc.record({ origin: fc.oneof(fc.constantFrom('https://jira.corp.example', 'http://jira.corp.example', 'https://x.atlassian.net'), fc.webUrl().filter((u) => u.length <= 300), fc.string({ maxLength: 30 })) }),
  'jira.hosts.remove': fc.record({ origin: fc.oneof(fc.constantFrom('https://jira.corp.example'), fc.string({ maxLength: 30 })) }),
  'ui.openOptions': fc.record({ view: fc.oneof(fc.constantFrom('deals/acme-platform', 'new-deal?account=Acme', ''), fc.stringMatching(/^[\w\-./?=&%@+]{0,40}$/)) }),
  'data.deleteAll': fc.constant({ confirm: 'delete all data' }),
  'health.miss': fc.record({ names: fc.array(fc.constantFrom('gmail.subject', 'gmail.sender', 'jira.title', 'asana.dueDateField', 'asana.nope'), { minLength: 1, maxLength: 5 }) }),
  'health.list': emptyArb,
  'health.clear': emptyArb,
};
void DEAL_STAGES;
/** The parse path needs no realistic backup text: a cheap valid payload. */
export const PARSE_VALID: { [T in MessageType]: fc.Arbitrary<unknown> } = {
  ...VALID,
  'backup.import': fc.record({ text: fc.string({ maxLength: 50 }), fileName: fc.string({ maxLength: 30 }) }),
};

// ---- mutation ------------------------------------------------------------

export type Path = Array<string | number>;
export function pathsOf(v: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  if (depth > 6 || v === null || typeof v !== 'object') return out;
  for (const k of Object.keys(v)) {
    const p = [...prefix, Array.isArray(v) ? Number(k) : k];
    out.push(p);
    pathsOf((v as Record<string, unknown>)[k], p, out, depth + 1);
  }
  return out;
}
export const clone = <T>(v: T): T => structuredClone(v);
export function setAt(root: unknown, path: Path, f: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = clone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  f(parent, path[path.length - 1]!);
  return copy;
}
export const MUTATIONS = ['remove', 'retype', 'huge', 'deep', 'pollute-key', 'pollute-value', 'extra-key', 'null', 'empty-string', 'number-edge'] as const;
export type Mutation = (typeof MUTATIONS)[number];
export function mutate(valid: unknown, pick: number, how: Mutation, value: unknown, key: string): unknown {
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
export const mutatedArb = (t: MessageType, valid = VALID) =>
  fc.tuple(valid[t], fc.nat(), fc.constantFrom(...MUTATIONS), anyValueArb, fc.constantFrom(...POLLUTER_KEYS)).map(([v, pick, how, value, key]) => mutate(v, pick, how, value, key));

// ---- envelopes ---------------------------------------------------------------

export const typeArb = (t: MessageType) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(t) },
    { weight: 1, arbitrary: fc.constantFrom(`${t} `, t.toUpperCase(), '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x'.repeat(101), '') },
    { weight: 1, arbitrary: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) },
  );
export const envelopeFor = (t: MessageType, VALID = PARSE_VALID) =>
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
