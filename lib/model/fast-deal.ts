import { z } from 'zod';
import { BILLING_MODELS, DEAL_STAGES, STAKEHOLDER_STATUSES } from './constants';
import { DOMAIN, GMAIL_THREAD_ID, type Deal } from './deal';
import { JIRA_KEY } from './jira-site';
import { MAX_RECORD_DEPTH, nestedDeeperThan } from './primitives';
import { isJiraSite } from './site-origin';

/**
 * `dealSchema.safeParse` for a deal that passes, without zod's checking
 * machinery (issue 18): in an extension's worker zod cannot compile its
 * checks (no eval), and checking 10,000 deals took 250-300 ms of an
 * import. Gives what zod gives (the same trims, the same key order: known
 * keys in the schema's order, then the others as they came, their values
 * as they are; the input itself where that is already so) or null, and
 * then zod decides and names the problem.
 * It only ever says yes where zod does (test/unit/model/fast-deal.test.ts
 * compares the two on generated deals, good and bad).
 */
type Obj = Record<string, unknown>;
/** A shape: each known key's check, which gives the value to keep or FAIL. */
type Shape = ReadonlyArray<readonly [key: string, check: (v: unknown) => unknown, optional?: boolean]>;

const FAIL = Symbol('fail');
const { email: EMAIL, date: DATE } = z.core.regexes;
const INSTANT = z.core.regexes.datetime({ offset: true, local: false, precision: null } as Parameters<typeof z.core.regexes.datetime>[0]);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : FAIL);
const nonEmpty = (v: unknown) => {
  if (typeof v !== 'string') return FAIL;
  const t = v.trim();
  return t.length >= 1 ? t : FAIL;
};
const matching = (re: RegExp) => (v: unknown) => (typeof v === 'string' && re.test(v) ? v : FAIL);
const oneOf = (values: readonly string[]) => (v: unknown) => (typeof v === 'string' && values.includes(v) ? v : FAIL);
const int = (min: number, max: number) => (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max ? v : FAIL);
const nullable = (check: (v: unknown) => unknown) => (v: unknown) => (v === null ? null : check(v));
const bool = (v: unknown) => (typeof v === 'boolean' ? v : FAIL);
const amount = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : FAIL);

/**
 * A loose object: the known keys checked, in the schema's order, then the
 * others as they came. When that is already the value (nothing trimmed, the
 * keys in that order, as Handoff's own exports are) the value itself is
 * given back: no copy, and IndexedDB then stores the object JSON.parse made.
 */
function object(shape: Shape): (v: unknown) => unknown {
  const known = new Set(shape.map(([k]) => k));
  return (v) => {
    // Plain objects only (what JSON gives); anything else, zod decides.
    if (!isObj(v)) return FAIL;
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) return FAIL;
    const keys = Object.keys(v);
    let same = true;
    let at = 0;
    const checked: unknown[] = [];
    for (const [key, check, optional] of shape) {
      if (!(key in v)) {
        if (optional) continue;
        return FAIL;
      }
      // An optional key present as undefined: leave it to zod.
      if (v[key] === undefined) return FAIL;
      const value = check(v[key]);
      if (value === FAIL) return FAIL;
      checked.push(key, value);
      if (value !== v[key] || keys[at++] !== key) same = false;
    }
    for (const key of keys) {
      // An own "__proto__" key (JSON can hold one) would set a copy's prototype: zod decides.
      if (key === '__proto__') return FAIL;
    }
    if (same) return v;
    const out: Obj = {};
    for (let i = 0; i < checked.length; i += 2) out[checked[i] as string] = checked[i + 1];
    for (const key of keys) if (!known.has(key)) out[key] = v[key];
    return out;
  };
}

function array(check: (v: unknown) => unknown): (v: unknown) => unknown {
  return (v) => {
    if (!Array.isArray(v)) return FAIL;
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return FAIL;
      const value = check(v[i]);
      if (value === FAIL) return FAIL;
      if (value !== v[i]) out ??= v.slice(0, i);
      if (out) out[i] = value;
    }
    // zod gives a new array; an equal one is as good for everything Handoff does with it.
    return out ?? v;
  };
}

/**
 * A file's deals name a few Jira sites thousands of times: each site is
 * parsed as a URL once (issue 18: URL parsing was ~35 ms of a 10,000-deal
 * import). The answer depends only on the string; a bounded memo.
 */
const knownSites = new Map<string, boolean>();
const jiraSite = (v: unknown) => {
  if (typeof v !== 'string' || v.length > 300) return FAIL;
  let ok = knownSites.get(v);
  if (ok === undefined) {
    if (knownSites.size >= 256) knownSites.clear();
    knownSites.set(v, (ok = isJiraSite(v)));
  }
  return ok ? v : FAIL;
};

const deal = object([
  ['id', nonEmpty],
  ['name', nonEmpty],
  ['account', str],
  ['stage', oneOf(DEAL_STAGES)],
  ['signedOn', nullable(matching(DATE))],
  ['owner', nullable(object([['name', str], ['email', matching(EMAIL)]]))],
  ['value', nullable(object([['amount', amount], ['currency', matching(/^[A-Z]{3}$/)]]))],
  ['billing', nullable(object([['model', oneOf(BILLING_MODELS)], ['paymentTermsDays', nullable(int(0, 3650))], ['notes', str]]))],
  ['specialTerms', array(object([['id', nonEmpty], ['text', nonEmpty], ['dueOn', nullable(matching(DATE))], ['remindDaysBefore', int(0, 365), true]]))],
  ['deliverables', array(object([['id', nonEmpty], ['name', nonEmpty], ['promisedOn', nullable(matching(DATE))], ['promisedBy', nullable(matching(EMAIL))], ['pmConfirmed', bool]]))],
  ['stakeholders', array(object([['name', nonEmpty], ['email', nullable(matching(EMAIL))], ['role', str], ['status', oneOf(STAKEHOLDER_STATUSES)]]))],
  [
    'links',
    object([
      ['domains', array(matching(DOMAIN))],
      ['gmailThreads', array(matching(GMAIL_THREAD_ID))],
      ['jira', array(object([['site', nullable(jiraSite)], ['key', matching(JIRA_KEY)]]))],
      ['asana', array(matching(/^\d{1,32}$/))],
    ]),
  ],
  ['notes', str],
  ['updatedAt', matching(INSTANT)],
]);

/** The deal zod would give for `raw`, or null: ask zod. */
export function fastDeal(raw: unknown): Deal | null {
  const out = deal(raw);
  if (out === FAIL || nestedDeeperThan(out, MAX_RECORD_DEPTH)) return null;
  return out as Deal;
}
