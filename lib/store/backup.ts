import { unwrap } from 'idb';
import { countUnboundJira, describeProblem, makeBackup, normalizeEmail, parseBackupText, unboundJiraNote, type Backup, type BackupProblem, type Deal } from '@/lib/model';
import type { HandoffDb } from './db';
import { abortQuietly, settled, toStoreError, withStoreErrors } from './errors';
import { bucketOf, makeBucket, wrapRequest } from './keys';

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
 * Imports a backup file's text, all or nothing. The whole file is checked
 * first: any bad record rejects it, naming record and field, and nothing is
 * written. A valid file is written in one transaction. Deals replace a
 * stored deal only when their `updatedAt` is newer; people and requests,
 * which carry no timestamp, never overwrite what the user has (they count
 * as skipped).
 */
export async function importBackupText(db: HandoffDb, text: string, fileName: string): Promise<ImportResult> {
  const parsed = parseBackupText(text);
  if (!parsed.ok) return refused(fileName, parsed.problems, parsed.rejected);
  const { deals, people, requests } = parsed.backup;
  const counts = { ...ZERO };
  const tx = db.transaction(['deals', 'people', 'requests'], 'readwrite', { durability: 'relaxed' });
  settled(tx);
  try {
    const [buckets, personKeys, requestIds] = await Promise.all([
      tx.objectStore('deals').getAll(),
      tx.objectStore('people').getAllKeys(),
      tx.objectStore('requests').getAllKeys(),
    ]);
    const stored = new Map(buckets.map((bucket) => [bucket.b, bucket.deals]));
    const changed = new Set<number>();
    const written: Deal[] = [];
    for (const deal of deals) {
      const b = bucketOf(deal.id);
      const list = stored.get(b) ?? [];
      const at = list.findIndex((d) => d.id === deal.id);
      if (at < 0) counts.added++;
      else if (Date.parse(deal.updatedAt) > Date.parse(list[at]!.updatedAt)) counts.updated++;
      else {
        counts.skipped++;
        continue;
      }
      written.push(deal);
      stored.set(b, at < 0 ? [...list, deal] : list.map((d, i) => (i === at ? deal : d)));
      changed.add(b);
    }
    // Plain requests, not idb's promise per put: there may be thousands;
    // a failed one aborts the transaction and surfaces in tx.done.
    const raw = { deals: unwrap(tx.objectStore('deals')), people: unwrap(tx.objectStore('people')), requests: unwrap(tx.objectStore('requests')) };
    for (const b of changed) raw.deals.put(makeBucket(b, stored.get(b)!));
    const hasPerson = new Set(personKeys);
    for (const person of people) {
      const key = normalizeEmail(person.email);
      if (hasPerson.has(key)) counts.skipped++;
      else {
        counts.added++;
        raw.people.put({ key, person });
      }
    }
    const hasRequest = new Set(requestIds);
    for (const request of requests) {
      if (hasRequest.has(request.id)) counts.skipped++;
      else {
        counts.added++;
        raw.requests.put(wrapRequest(request));
      }
    }
    await tx.done;
    const note = unboundJiraNote(countUnboundJira(written));
    return note ? { ok: true, counts, notes: [note] } : { ok: true, counts };
  } catch (e) {
    abortQuietly(tx);
    const err = toStoreError(e);
    return { ok: false, counts: { ...ZERO }, error: `${fileName}: ${err.message}`, problems: [] };
  }
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
      deals: deals.flatMap((bucket) => bucket.deals).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      requests: requests.map((r) => r.request),
    },
    now,
  );
}

export async function deleteAllData(db: HandoffDb): Promise<void> {
  return withStoreErrors(async () => {
    const tx = db.transaction(['deals', 'people', 'requests', 'settings', 'flags', 'outbox'], 'readwrite');
    settled(tx);
    await Promise.all([
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
