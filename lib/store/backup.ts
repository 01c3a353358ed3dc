import { unwrap } from 'idb';
import {
  checkBackupFile, checkBackupRecords, countUnboundJira, dealSchema, describeProblem, makeBackup, normalizeEmail, parseBackupText, parseJson,
  unboundJiraNote, upgradeV1, type Backup, type BackupProblem, type Deal, type Person, type SalesRequest,
} from '@/lib/model';
import { fastDeal } from '@/lib/model/fast-deal';
import type { HandoffDb } from './db';
import { abortQuietly, settled, toStoreError, withStoreErrors } from './errors';
import { BucketWrites } from './bucket-writes';
import { bucketOf, dealsOf, wrapRequest } from './keys';
import type { DealBucket } from './schema';

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
  rejected: number;
}

export type ImportResult =
  | { ok: true; counts: ImportCounts; notes?: string[] }
  | { ok: false; counts: ImportCounts; error: string; problems: Array<BackupProblem & { text: string }> };

const ZERO: ImportCounts = { added: 0, updated: 0, skipped: 0, rejected: 0 };
/** A file with thousands of bad records still gives a readable error. */
const MAX_PROBLEMS_REPORTED = 50;

/**
 * Imports a backup file's text, all or nothing. Any bad record rejects the
 * file, naming record and field, and nothing is written. A valid file is
 * written in one transaction. Deals replace a stored deal only when their
 * `updatedAt` is newer; people and requests, which carry no timestamp,
 * never overwrite what the user has (they count as skipped).
 *
 * Deals are checked and written a bucket at a time inside the transaction
 * (issue 18): IndexedDB stores each bucket while the next is checked,
 * instead of after all 10,000 deals were. The first problem aborts the
 * transaction, and the whole file is then checked as before, so the
 * refusal names every problem in file order.
 */
export async function importBackupText(db: HandoffDb, text: string, fileName: string): Promise<ImportResult> {
  const json = parseJson(text);
  if (!json.ok) return refused(fileName, [json.problem], 0);
  const fileProblems = checkBackupFile(json.json);
  if (fileProblems.length) return refused(fileName, fileProblems, 0);
  const raw = json.json as Record<string, unknown>;
  const top = raw.version === 1 ? upgradeV1(raw) : raw;
  const counts = { ...ZERO };
  const tx = db.transaction(['deals', 'dealStats', 'links', 'people', 'requests'], 'readwrite', { durability: 'relaxed' });
  settled(tx);
  try {
    const [buckets, personKeys, requestIds] = await Promise.all([
      tx.objectStore('deals').getAll(),
      tx.objectStore('people').getAllKeys(),
      tx.objectStore('requests').getAllKeys(),
    ]);
    // Plain requests, not idb's promise per put: there may be thousands;
    // a failed one aborts the transaction and surfaces in tx.done.
    const store = {
      deals: unwrap(tx.objectStore('deals')),
      dealStats: unwrap(tx.objectStore('dealStats')),
      people: unwrap(tx.objectStore('people')),
      requests: unwrap(tx.objectStore('requests')),
    };
    const valid = checkSmallLists(top);
    const writes = new BucketWrites({ deals: store.deals, stats: store.dealStats, links: tx.objectStore('links') });
    const written = valid && writeDeals(top.deals as unknown[], new Map(buckets.map((bucket) => [bucket.b, bucket])), writes, counts);
    if (!valid || !written) {
      abortQuietly(tx);
      const full = parseBackupText(text);
      return full.ok ? { ok: false, counts: { ...ZERO }, error: `${fileName}: could not be checked`, problems: [] } : refused(fileName, full.problems, full.rejected);
    }
    const hasPerson = new Set(personKeys);
    for (const person of valid.people) {
      const key = normalizeEmail(person.email);
      if (hasPerson.has(key)) counts.skipped++;
      else {
        counts.added++;
        store.people.put({ key, person });
      }
    }
    const hasRequest = new Set(requestIds);
    for (const request of valid.requests) {
      if (hasRequest.has(request.id)) counts.skipped++;
      else {
        counts.added++;
        store.requests.put(wrapRequest(request));
      }
    }
    await Promise.all([writes.flush(), tx.done]);
    const note = unboundJiraNote(countUnboundJira(written));
    return note ? { ok: true, counts, notes: [note] } : { ok: true, counts };
  } catch (e) {
    abortQuietly(tx);
    const err = toStoreError(e);
    return { ok: false, counts: { ...ZERO }, error: `${fileName}: ${err.message}`, problems: [] };
  }
}

/** People and requests, checked as `checkBackupRecords` does; null at the first problem. */
function checkSmallLists(top: Record<string, unknown>): { people: Person[]; requests: SalesRequest[] } | null {
  const people: Person[] = [];
  const requests: SalesRequest[] = [];
  const { problems } = checkBackupRecords({ ...top, deals: [] }, (r) => {
    if (r.list === 'people') people.push(r.value);
    else if (r.list === 'requests') requests.push(r.value);
  });
  return problems.length ? null : { people, requests };
}

/**
 * Checks the file's deals bucket by bucket (each bucket's deals in file
 * order), then puts every changed bucket: the deals written, or null at
 * the first invalid or duplicated deal (nothing was put; the caller
 * aborts). The puts come after the checks: puts issued while IndexedDB is
 * busy writing earlier ones cost the worker several times more (measured).
 */
function writeDeals(
  raws: unknown[],
  stored: Map<number, DealBucket>,
  writes: BucketWrites,
  counts: ImportCounts,
): Deal[] | null {
  const byBucket = new Map<number, unknown[]>();
  for (const raw of raws) {
    const id = (raw as { id?: unknown } | null)?.id;
    // A deal with no string id is invalid: it fails below, whatever its bucket.
    const b = typeof id === 'string' ? bucketOf(id.trim()) : 0;
    const list = byBucket.get(b);
    if (list) list.push(raw);
    else byBucket.set(b, [raw]);
  }
  const written: Deal[] = [];
  const changedBuckets: Array<[number, Deal[], DealBucket | undefined]> = [];
  for (const [b, raw] of byBucket) {
    const record = stored.get(b);
    const deals = record ? dealsOf(record) : [];
    const seen = new Set<string>();
    let changed = false;
    for (const r of raw) {
      // zod's answer, read fast when the deal is plainly valid (lib/model/fast-deal.ts).
      const fast = fastDeal(r);
      const parsed = fast ? { success: true as const, data: fast } : dealSchema.safeParse(r);
      if (!parsed.success || seen.has(parsed.data.id) || bucketOf(parsed.data.id) !== b) return null;
      const deal = parsed.data;
      seen.add(deal.id);
      const at = deals.findIndex((d) => d.id === deal.id);
      if (at < 0) counts.added++;
      else if (Date.parse(deal.updatedAt) > Date.parse(deals[at]!.updatedAt)) counts.updated++;
      else {
        counts.skipped++;
        continue;
      }
      written.push(deal);
      if (at < 0) deals.push(deal);
      else deals[at] = deal;
      changed = true;
    }
    if (changed) changedBuckets.push([b, deals, record]);
  }
  for (const [b, deals, record] of changedBuckets) writes.write(b, deals, record?.k);
  return written;
}

function refused(fileName: string, all: BackupProblem[], rejected: number): ImportResult {
  const problems = all.slice(0, MAX_PROBLEMS_REPORTED).map((p) => ({ ...p, text: describeProblem(fileName, p) }));
  const more = all.length - problems.length;
  const others = all.length > 1 ? ` (and ${all.length - 1} more problem${all.length > 2 ? 's' : ''}${more > 0 ? `, ${MAX_PROBLEMS_REPORTED} listed` : ''})` : '';
  return { ok: false, counts: { ...ZERO, rejected }, error: `${problems[0]!.text}${others}. Nothing was imported.`, problems };
}

export async function exportBackup(db: HandoffDb, now: Date): Promise<Backup> {
  const tx = db.transaction(['deals', 'people', 'requests']);
  const [deals, people, requests] = await Promise.all([
    tx.objectStore('deals').getAll(),
    tx.objectStore('people').getAll(),
    tx.objectStore('requests').getAll(),
  ]);
  return makeBackup(
    {
      people: people.map((p) => p.person),
      // Buckets hold deals in no useful order: export them by id.
      deals: deals.flatMap(dealsOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      requests: requests.map((r) => r.request),
    },
    now,
  );
}

export async function deleteAllData(db: HandoffDb): Promise<void> {
  return withStoreErrors(async () => {
    const tx = db.transaction(['deals', 'dealStats', 'links', 'people', 'requests', 'settings', 'flags', 'outbox'], 'readwrite');
    settled(tx);
    await Promise.all([
      tx.objectStore('dealStats').clear(),
      tx.objectStore('links').clear(),
      tx.objectStore('outbox').clear(),
      tx.objectStore('flags').clear(),
      tx.objectStore('deals').clear(),
      tx.objectStore('people').clear(),
      tx.objectStore('requests').clear(),
      tx.objectStore('settings').clear(),
      tx.done,
    ]);
  });
}
