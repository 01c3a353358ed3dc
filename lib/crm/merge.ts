/**
 * Field ownership on sync (issue 16): what the CRM says replaces the CRM's
 * fields; what the PM did in Handoff is never overwritten. Pure.
 *
 * | Field                          | Owner | On each sync                                                      |
 * |--------------------------------|-------|-------------------------------------------------------------------|
 * | id                             | CRM   | `hubspot:<id>` / `salesforce:<id>` (a CSV-imported deal is taken over) |
 * | name, account, owner, value    | CRM   | replaced, an empty CRM value included                             |
 * | stage, signedOn                | CRM   | replaced; but 'delivering' (Handoff's own) stays while the CRM says signed |
 * | specialTerms, deliverables     | both  | the CRM's items (`fromCrm`) replaced; the PM's own kept; an item that comes back with the same date and text keeps its id, the PM's reminder days, confirmation and who promised it |
 * | stakeholders                   | both  | the CRM's contacts replaced; the PM's own kept; `status` ('left') is the PM's |
 * | links.domains                  | both  | the CRM's domains (`crm.domains`) replaced; those the PM added kept |
 * | links.gmailThreads, jira, asana| PM    | kept                                                              |
 * | billing, notes, unknown fields | PM    | kept (the CRM sends none of them)                                 |
 * | crm (origin)                   | CRM   | replaced                                                          |
 * | updatedAt                      | —     | the sync's time only when something changed                       |
 *
 * Snoozes and reminder state live outside the deal, keyed by deal and item
 * id (lib/background/reminders/state.ts): keeping item ids keeps them.
 */
import { isUnsigned, type Deal, type Deliverable, type SpecialTerm, type Stakeholder } from '@/lib/model';
import type { CrmOrigin, SyncedDeal } from './mapping';

export interface MergeResult {
  deal: SyncedDeal;
  /** False when the stored deal needs no write (an incremental sync with no change). */
  changed: boolean;
  /** The deal was stored unsigned and the CRM now says signed: the "newly signed" notification. */
  newlySigned: boolean;
}

const isFromCrm = (item: object) => (item as { fromCrm?: unknown }).fromCrm === true;
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The CRM's items replace the previous CRM items; the PM's items stay. A
 * stored item (the CRM's or one the PM typed) with the same key as a CRM
 * item is the same thing: `keep` carries its PM-owned parts over.
 */
function mergeItems<T extends object>(stored: readonly T[], fromCrm: readonly T[], key: (t: T) => string, keep: (crm: T, old: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const old of stored) if (!byKey.has(key(old))) byKey.set(key(old), old);
  const adopted = new Set<T>();
  const merged = fromCrm.map((item) => {
    const old = byKey.get(key(item));
    if (!old) return item;
    adopted.add(old);
    return keep(item, old);
  });
  const pmOwn = stored.filter((old) => !isFromCrm(old) && !adopted.has(old));
  return [...merged, ...pmOwn];
}

const termKey = (t: SpecialTerm) => `${t.dueOn ?? ''}\u0000${norm(t.text)}`;
const deliverableKey = (d: Deliverable) => `${d.promisedOn ?? ''}\u0000${norm(d.name)}`;
const stakeholderKey = (s: Stakeholder) => (s.email ? s.email.toLowerCase() : `name:${norm(s.name)}`);

/** The old item without the previous sync's parse note: the new item brings its own. */
function oldParts<T extends object>(old: T): T {
  const { unparsed: _unparsed, ...rest } = old as T & { unparsed?: unknown };
  return rest as T;
}

function keepTerm(crm: SpecialTerm, old: SpecialTerm): SpecialTerm {
  return { ...oldParts(old), ...crm, id: old.id, ...(old.remindDaysBefore !== undefined ? { remindDaysBefore: old.remindDaysBefore } : {}) };
}

function keepDeliverable(crm: Deliverable, old: Deliverable): Deliverable {
  // The loose fields of the old item (e.g. when it was confirmed) go with the confirmation.
  return { ...oldParts(old), ...crm, id: old.id, pmConfirmed: old.pmConfirmed, promisedBy: old.promisedBy ?? crm.promisedBy };
}

function keepStakeholder(crm: Stakeholder, old: Stakeholder): Stakeholder {
  return { ...old, ...crm, status: old.status };
}

function storedOrigin(deal: Deal): CrmOrigin | null {
  const crm = (deal as { crm?: unknown }).crm;
  return crm && typeof crm === 'object' && Array.isArray((crm as CrmOrigin).domains) ? (crm as CrmOrigin) : null;
}

/** Without updatedAt, to tell whether anything changed. */
function content(deal: Deal): string {
  const { updatedAt: _updatedAt, ...rest } = deal;
  return JSON.stringify(rest);
}

/**
 * The deal to store: `synced` from lib/crm/mapping.ts over `stored` (the
 * deal with the same id, or the CSV-imported one for the same record, or
 * none).
 */
export function mergeSyncedDeal(stored: Deal | undefined, synced: SyncedDeal): MergeResult {
  if (!stored) return { deal: synced, changed: true, newlySigned: false };
  const previousCrmDomains = new Set(storedOrigin(stored)?.domains ?? []);
  const pmDomains = stored.links.domains.filter((d) => !previousCrmDomains.has(d) && !synced.links.domains.includes(d));
  const stage = synced.stage === 'signed' && stored.stage === 'delivering' ? 'delivering' : synced.stage;
  const signedOn = stage === 'delivering' ? synced.signedOn ?? stored.signedOn : synced.signedOn;

  const merged: SyncedDeal = {
    ...stored,
    id: synced.id,
    name: synced.name,
    account: synced.account,
    stage,
    signedOn,
    owner: synced.owner,
    value: synced.value,
    specialTerms: mergeItems(stored.specialTerms, synced.specialTerms, termKey, keepTerm),
    deliverables: mergeItems(stored.deliverables, synced.deliverables, deliverableKey, keepDeliverable),
    stakeholders: mergeItems(stored.stakeholders, synced.stakeholders, stakeholderKey, keepStakeholder),
    links: { ...stored.links, domains: [...synced.links.domains, ...pmDomains] },
    crm: synced.crm,
    updatedAt: stored.updatedAt,
  };
  const changed = content(merged) !== content(stored);
  if (changed) merged.updatedAt = synced.updatedAt;
  return { deal: merged, changed, newlySigned: isUnsigned(stored.stage) && merged.stage === 'signed' };
}
